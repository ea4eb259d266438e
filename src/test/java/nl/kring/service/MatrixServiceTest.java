package nl.kring.service;

import nl.kring.audit.AuditLog;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.RelevanceMatrix;
import nl.kring.domain.Role;
import nl.kring.domain.Visibility;
import nl.kring.store.Store;
import nl.kring.TestVaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A change of the relevance matrix and its audit entry are one transaction, on a real encrypted vault. */
class MatrixServiceTest {
    @TempDir
    Path dir;

    @Test
    void aChangeIsStoredWithItsReasonInTheAuditTrail() throws Exception {
        try (Store store = TestVaults.create(dir.resolve("v"))) {
            Visibility was = store.matrix().load().get(Role.POLITIE, LifeDomain.HUISHOUDING);
            Visibility to = was == Visibility.GEEN ? Visibility.SIGNAAL : Visibility.GEEN;
            RelevanceMatrix stored = new MatrixService(store).change(Role.POLITIE, LifeDomain.HUISHOUDING, to,
                    "besluit ketenoverleg");
            assertThat(stored.get(Role.POLITIE, LifeDomain.HUISHOUDING)).isEqualTo(to);
            assertThat(store.matrix().load().get(Role.POLITIE, LifeDomain.HUISHOUDING)).isEqualTo(to);
            assertThat(store.audit().entries().getLast()).satisfies(e -> {
                assertThat(e.action()).isEqualTo("MATRIX_CHANGED");
                assertThat(e.detail()).isEqualTo("POLITIE/HUISHOUDING: " + was + " -> " + to + "; reden: besluit ketenoverleg");
            });
        }
    }

    @Test
    void whenTheAuditEntryCannotBeWrittenTheMatrixStaysAsItWas() throws Exception {
        try (Store store = TestVaults.create(dir.resolve("v"))) {
            MatrixService matrix = new MatrixService(store);
            Visibility was = store.matrix().load().get(Role.POLITIE, LifeDomain.HUISHOUDING);
            Visibility to = was == Visibility.GEEN ? Visibility.SIGNAAL : Visibility.GEEN;
            matrix.change(Role.GGD, LifeDomain.HUISHOUDING, Visibility.GEEN, "eerst iets anders");
            RelevanceMatrix before = store.matrix().load();
            int entries = store.audit().entries().size();

            CaseServiceTest.refuseAuditEntries(store, AuditLog.Action.MATRIX_CHANGED);
            CaseServiceTest.refuseAuditEntries(store, AuditLog.Action.MATRIX_RESET);
            assertThatThrownBy(() -> matrix.change(Role.POLITIE, LifeDomain.HUISHOUDING, to, "besluit"))
                    .isNotInstanceOf(Refused.class);
            assertThatThrownBy(() -> matrix.reset("terug")).isNotInstanceOf(Refused.class);

            assertThat(store.matrix().load()).isEqualTo(before);
            assertThat(store.audit().entries()).hasSize(entries);
            assertThat(store.verify()).isEmpty();
        }
    }

    @Test
    void aChangeWithoutAReasonIsRefusedInTypesAndNothingIsWritten() throws Exception {
        try (Store store = TestVaults.create(dir.resolve("v"))) {
            int entries = store.audit().entries().size();
            RelevanceMatrix before = store.matrix().load();
            assertThatThrownBy(() -> new MatrixService(store).change(Role.POLITIE, LifeDomain.HUISHOUDING,
                    Visibility.GEEN, "  ")).isInstanceOf(MatrixService.ReasonRequired.class);
            assertThatThrownBy(() -> new MatrixService(store).reset(null)).isInstanceOf(MatrixService.ReasonRequired.class);
            assertThat(store.matrix().load()).isEqualTo(before);
            assertThat(store.audit().entries()).hasSize(entries);
        }
    }
}
