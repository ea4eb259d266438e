package nl.kring.service;

import nl.kring.audit.AuditLog;
import nl.kring.domain.Disclosure;
import nl.kring.domain.DisclosureBasis;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.Role;
import nl.kring.store.Store;
import nl.kring.TestVaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A disclosure note, its audit entry and the remembered "besloten door" are one transaction, on a real vault. */
class DisclosureServiceTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @TempDir
    Path dir;

    static Disclosure toWoco(String decidedBy) {
        return new Disclosure(List.of(LifeDomain.HUISVESTING), List.of("woco"), DisclosureBasis.EVIDENT_BELANG,
                "huurachterstand dreigt tot uitzetting te leiden", "niet bereikbaar", decidedBy, TODAY);
    }

    @Test
    void whenTheAuditEntryCannotBeWrittenNoNoteCorrectionWithdrawalOrDecidedByIsKept() throws Exception {
        try (Store store = TestVaults.create(dir.resolve("v"))) {
            store.partners().save(TestVaults.partner("ggd", Role.GGD, LocalDate.of(2025, 1, 1), null));
            store.partners().save(TestVaults.partner("woco", Role.WONINGCORPORATIE, LocalDate.of(2025, 1, 1), null));
            new CaseService(store).save(CaseServiceTest.jozef(null, "ernstige zelfverwaarlozing"), true, false);
            DisclosureService disclosures = new DisclosureService(store);
            var note = disclosures.record("2026-020", null, toWoco("M. Bos"));
            assertThat(store.settings().get(DisclosureService.LAST_DECIDED_BY)).contains("M. Bos");
            int entries = store.audit().entries().size();

            CaseServiceTest.refuseAuditEntries(store, AuditLog.Action.DISCLOSURE);
            assertThatThrownBy(() -> disclosures.record("2026-020", null, toWoco("P. de Wit"))).isNotInstanceOf(Refused.class);
            assertThatThrownBy(() -> disclosures.correct(note.id(), TODAY, "verkeerde partner", toWoco("P. de Wit")))
                    .isNotInstanceOf(Refused.class);
            assertThatThrownBy(() -> disclosures.withdraw(note.id(), TODAY, "dubbel")).isNotInstanceOf(Refused.class);

            assertThat(store.disclosures().forCase("2026-020")).singleElement()
                    .satisfies(e -> assertThat(e.withdrawn()).isFalse());
            assertThat(store.settings().get(DisclosureService.LAST_DECIDED_BY)).contains("M. Bos");
            assertThat(store.audit().entries()).hasSize(entries);
            assertThat(store.verify()).isEmpty();
        }
    }

    @Test
    void whenRememberingWhoDecidedFailsTheNoteAndItsEntryAreNotKeptEither() throws Exception {
        try (Store store = TestVaults.create(dir.resolve("v"))) {
            store.partners().save(TestVaults.partner("ggd", Role.GGD, LocalDate.of(2025, 1, 1), null));
            store.partners().save(TestVaults.partner("woco", Role.WONINGCORPORATIE, LocalDate.of(2025, 1, 1), null));
            new CaseService(store).save(CaseServiceTest.jozef(null, "ernstige zelfverwaarlozing"), true, false);
            int entries = store.audit().entries().size();
            // the vault refuses the last write of the three (note, audit entry, "besloten door")
            store.session().dsl().execute("ALTER TABLE setting ADD CONSTRAINT refuse_decided_by CHECK (name <> '"
                    + DisclosureService.LAST_DECIDED_BY + "')");
            assertThatThrownBy(() -> new DisclosureService(store).record("2026-020", null, toWoco("M. Bos")))
                    .isNotInstanceOf(Refused.class);
            assertThat(store.disclosures().forCase("2026-020")).isEmpty();
            assertThat(store.audit().entries()).hasSize(entries);
            assertThat(store.verify()).isEmpty();
        }
    }
}
