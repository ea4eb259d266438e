package nl.kring.store;

import nl.kring.TestVaults;
import nl.kring.audit.AuditLog;
import nl.kring.demo.DemoData;
import nl.kring.domain.Disclosure;
import nl.kring.domain.DisclosureBasis;
import nl.kring.domain.LifeDomain;
import nl.kring.interchange.Importer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Store.transaction is all or nothing, also when an audit entry (with its own transaction) is written inside it. */
class StoreTransactionTest {
    @TempDir
    Path tmp;

    @Test
    void aFailureAfterTheAuditEntryUndoesTheEntryAndTheData() throws Exception {
        try (Store store = TestVaults.create(tmp.resolve("v"))) {
            Importer.store(store, DemoData.demoData());
            int entries = store.audit().entries().size();
            assertThatThrownBy(() -> store.transaction(s -> {
                s.cases().delete("2026-014");
                s.audit().append(AuditLog.Action.PURGE, "2026-014", "retention");
                throw new IllegalStateException("disk full");
            })).hasMessageContaining("disk full");
            assertThat(store.cases().find("2026-014")).isPresent();
            assertThat(store.audit().entries()).hasSize(entries);
            assertThat(store.audit().verify()).isEmpty();

            // and the same work without the failure is kept whole
            store.transaction(s -> {
                s.cases().delete("2026-014");
                s.audit().append(AuditLog.Action.PURGE, "2026-014", "retention");
            });
            assertThat(store.cases().find("2026-014")).isEmpty();
            assertThat(store.audit().entries()).hasSize(entries + 1);
            assertThat(store.audit().verify()).isEmpty();
        }
    }

    @Test
    void aDisclosureInsideAFailedTransactionLeavesNoNoteAndNoEntry() throws Exception {
        try (Store store = TestVaults.create(tmp.resolve("v"))) {
            Importer.store(store, DemoData.demoData());
            int notes = store.disclosures().forCase("2026-003").size();
            int entries = store.audit().entries().size();
            Disclosure d = new Disclosure(List.of(LifeDomain.VEILIGHEID), List.of("politie-oost"),
                    DisclosureBasis.EVIDENT_BELANG, "acuut gevaar", "niet bereikbaar", "voorzitter", LocalDate.of(2026, 11, 20));
            assertThatThrownBy(() -> store.transaction(s -> {
                s.disclosures().record("2026-003", d);
                throw new IllegalStateException("stop");
            })).hasMessageContaining("stop");
            assertThat(store.disclosures().forCase("2026-003")).hasSize(notes);
            assertThat(store.audit().entries()).hasSize(entries);
            assertThat(store.audit().verify()).isEmpty();
        }
    }
}
