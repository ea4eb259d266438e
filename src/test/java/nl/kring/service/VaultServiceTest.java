package nl.kring.service;

import nl.kring.audit.AuditLog;
import nl.kring.store.Store;
import nl.kring.TestVaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A backup is on record (audit entry and "last backup") once its file is complete, and only then. */
class VaultServiceTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @TempDir
    Path dir;

    @Test
    void aBackupIsAuditedAndRemembered() throws Exception {
        try (Store store = TestVaults.create(dir.resolve("v"))) {
            Path file = dir.resolve("kring.kringbackup");
            VaultService.backup(store, file, TODAY);
            assertThat(file).isNotEmptyFile();
            assertThat(VaultService.lastBackup(store)).contains(TODAY);
            assertThat(store.audit().entries().getLast()).satisfies(e -> {
                assertThat(e.action()).isEqualTo("BACKUP");
                assertThat(e.detail()).isEqualTo("backup file kring.kringbackup");
            });
        }
    }

    @Test
    void whenTheAuditEntryCannotBeWrittenTheBackupIsNotRememberedAsMade() throws Exception {
        try (Store store = TestVaults.create(dir.resolve("v"))) {
            int entries = store.audit().entries().size();
            CaseServiceTest.refuseAuditEntries(store, AuditLog.Action.BACKUP);
            assertThatThrownBy(() -> VaultService.backup(store, dir.resolve("kring.kringbackup"), TODAY))
                    .isNotInstanceOf(Refused.class);
            assertThat(VaultService.lastBackup(store)).isEmpty();
            assertThat(store.audit().entries()).hasSize(entries);
        }
    }

    @Test
    void aBackupThatCannotBeWrittenIsNotOnRecord() throws Exception {
        try (Store store = TestVaults.create(dir.resolve("v"))) {
            Path taken = Files.writeString(dir.resolve("taken.kringbackup"), "x");
            int entries = store.audit().entries().size();
            assertThatThrownBy(() -> VaultService.backup(store, taken, TODAY)).isNotInstanceOf(Refused.class);
            assertThat(VaultService.lastBackup(store)).isEmpty();
            assertThat(store.audit().entries()).hasSize(entries);
        }
    }
}
