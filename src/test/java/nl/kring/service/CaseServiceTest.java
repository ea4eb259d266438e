package nl.kring.service;

import nl.kring.audit.AuditLog;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Consent;
import nl.kring.domain.ConsentStatus;
import nl.kring.domain.EvaluationRecord;
import nl.kring.domain.Meeting;
import nl.kring.domain.Phase;
import nl.kring.domain.Relative;
import nl.kring.domain.Role;
import nl.kring.store.Store;
import nl.kring.TestVaults;
import nl.kring.domain.FileNumber;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Saving a case is one transaction with its audit entry: on a real encrypted vault, all of it is written or none. */
public class CaseServiceTest {
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @TempDir
    Path dir;

    public static CaseFile jozef(LocalDate due, String evident) {
        return new CaseFile("2026-020", TestVaults.client("Jozef", "Sjef", null, "Kranenburg", List.of()), null,
                LocalDate.of(2026, 9, 1), Phase.SCREENING, null,
                new Consent(ConsentStatus.GEWEIGERD, LocalDate.of(2026, 9, 2), "voorzitter"), null,
                evident, "bilateraal overleg onvoldoende", due, null, List.of("ggd"));
    }

    static Store vault(Path dir) throws Exception {
        Store store = TestVaults.create(dir.resolve("v"));
        store.partners().save(TestVaults.partner("ggd", Role.GGD, LocalDate.of(2025, 1, 1), null));
        return store;
    }

    /**
     * From here on the vault refuses audit entries of this action: a real failure of the audit insert (a database
     * constraint), after the case itself was written in the same transaction.
     */
    static void refuseAuditEntries(Store store, AuditLog.Action action) {
        long last = store.audit().entries().stream().mapToLong(AuditLog.Entry::seq).max().orElse(0);
        store.session().dsl().execute("ALTER TABLE audit_entry ADD CONSTRAINT refuse_" + action.name().toLowerCase()
                + " CHECK (seq <= " + last + " OR action <> '" + action.name() + "')");
    }

    /**
     * Issue 12: a change of the partners' file numbers is written with an audit entry of its own, in the same
     * transaction, naming how many there are and which partners issued them, never a number; a save that leaves them
     * as they were writes none; when the entry cannot be written, neither is the number.
     */
    @Test
    void aChangeOfTheFileNumbersIsAuditedWithoutTheNumbers() throws Exception {
        try (Store store = vault(dir)) {
            CaseService service = new CaseService(store);
            CaseFile c = service.save(jozef(null, "ernstige zelfverwaarlozing"), true, false);
            CaseFile numbered = new CaseFile(c.number(), c.client().withFileNumbers(List.of(
                    new FileNumber("ggd", "dossiernr.", "GGD-2024-58317"))), c.referrer(), c.reportedOn(),
                    c.phase(), c.domains(), c.consent(), c.informed(), c.evidentInterest(), c.lighterMeansConsidered(),
                    c.evaluationDue(), c.closedOn(), c.kring());
            service.save(numbered, false, false);
            assertThat(store.cases().find(c.number()).orElseThrow().client().fileNumbers())
                    .isEqualTo(numbered.client().fileNumbers());
            List<AuditLog.Entry> entries = store.audit().entries();
            assertThat(entries).extracting(AuditLog.Entry::detail).contains("partner file numbers changed: 1 [ggd]");
            assertThat(entries).allSatisfy(e -> assertThat(String.valueOf(e.detail())).doesNotContain("58317"));
            int before = entries.size();
            service.save(numbered, false, false);
            assertThat(store.audit().entries()).hasSize(before + 1); // the CASE_CHANGED entry only

            refuseAuditEntries(store, AuditLog.Action.CASE_CHANGED);
            CaseFile none = new CaseFile(c.number(), c.client().withFileNumbers(List.of()), c.referrer(), c.reportedOn(),
                    c.phase(), c.domains(), c.consent(), c.informed(), c.evidentInterest(), c.lighterMeansConsidered(),
                    c.evaluationDue(), c.closedOn(), c.kring());
            Assertions.assertThatThrownBy(() -> service.save(none, false, false));
            assertThat(store.cases().find(c.number()).orElseThrow().client().fileNumbers()).hasSize(1);
        }
    }

    @Test
    void aNewCaseAndItsAuditEntryAreWrittenTogether() throws Exception {
        try (Store store = vault(dir)) {
            CaseFile saved = new CaseService(store).save(jozef(null, "ernstige zelfverwaarlozing"), true, false);
            assertThat(saved.number()).isEqualTo("2026-020");
            assertThat(store.cases().find("2026-020")).isPresent();
            assertThat(store.audit().entries().getLast()).satisfies(e -> {
                assertThat(e.action()).isEqualTo("CASE_CREATED");
                assertThat(e.subject()).isEqualTo("2026-020");
            });
            assertThat(store.verify()).isEmpty();
        }
    }

    @Test
    void aNewCaseWithATakenNumberIsRefusedInTypesAndTheExistingCaseStays() throws Exception {
        try (Store store = vault(dir)) {
            CaseService cases = new CaseService(store);
            cases.save(jozef(null, "ernstige zelfverwaarlozing"), true, false);
            int entries = store.audit().entries().size();
            assertThatThrownBy(() -> cases.save(jozef(null, "iets anders"), true, false))
                    .isInstanceOfSatisfying(CaseService.NumberTaken.class, e -> assertThat(e.number()).isEqualTo("2026-020"));
            assertThat(store.cases().find("2026-020").orElseThrow().evidentInterest()).isEqualTo("ernstige zelfverwaarlozing");
            assertThat(store.audit().entries()).hasSize(entries);
        }
    }

    @Test
    void whenTheAuditEntryCannotBeWrittenTheNewCaseIsNotWrittenEither() throws Exception {
        try (Store store = vault(dir)) {
            refuseAuditEntries(store, AuditLog.Action.CASE_CREATED);
            int entries = store.audit().entries().size();
            assertThatThrownBy(() -> new CaseService(store).save(jozef(null, "ernstige zelfverwaarlozing"), true, false))
                    .isNotInstanceOf(Refused.class);
            assertThat(store.cases().find("2026-020")).isEmpty();
            assertThat(store.cases().all()).isEmpty();
            assertThat(store.audit().entries()).hasSize(entries);
            assertThat(store.verify()).isEmpty();
        }
    }

    @Test
    void whenTheAuditEntryCannotBeWrittenNeitherTheChangeNorTheEvaluationIsKept() throws Exception {
        try (Store store = vault(dir)) {
            CaseService cases = new CaseService(store);
            cases.save(jozef(LocalDate.of(2026, 12, 20), "ernstige zelfverwaarlozing"), true, false);
            refuseAuditEntries(store, AuditLog.Action.CASE_CHANGED);
            int entries = store.audit().entries().size();
            EvaluationRecord evaluation = new EvaluationRecord(null, TODAY, EvaluationRecord.Outcome.CONTINUE,
                    "nog steeds geen contact");
            assertThatThrownBy(() -> cases.save(jozef(LocalDate.of(2027, 1, 9), "ernstige zelfverwaarlozing"), false,
                    evaluation, TODAY)).isNotInstanceOf(Refused.class);
            assertThat(store.cases().find("2026-020").orElseThrow().evaluationDue()).isEqualTo(LocalDate.of(2026, 12, 20));
            assertThat(store.evaluations().forCase("2026-020")).isEmpty();
            assertThat(store.audit().entries()).hasSize(entries);
            assertThat(store.verify()).isEmpty();
        }
    }

    @Test
    void aChangeWithItsEvaluationIsWrittenWithOneAuditEntry() throws Exception {
        try (Store store = vault(dir)) {
            CaseService cases = new CaseService(store);
            cases.save(jozef(LocalDate.of(2026, 12, 20), "ernstige zelfverwaarlozing"), true, false);
            int entries = store.audit().entries().size();
            cases.save(jozef(LocalDate.of(2027, 1, 9), "ernstige zelfverwaarlozing"), false,
                    new EvaluationRecord(null, TODAY, EvaluationRecord.Outcome.CONTINUE, "nog steeds geen contact"), TODAY);
            assertThat(store.cases().find("2026-020").orElseThrow().evaluationDue()).isEqualTo(LocalDate.of(2027, 1, 9));
            assertThat(store.evaluations().forCase("2026-020")).singleElement()
                    .satisfies(e -> assertThat(e.motivation()).isEqualTo("nog steeds geen contact"));
            assertThat(store.audit().entries()).hasSize(entries + 1);
            assertThat(store.audit().entries().getLast().detail())
                    .isEqualTo("evaluation of the restriction recorded, next due 2027-01-09");
            assertThat(store.verify()).isEmpty();
        }
    }

    @Test
    void aRelativeFromTheMinutesIsAddedWithItsDecisionAndEntryOrNotAtAll() throws Exception {
        try (Store store = vault(dir)) {
            CaseService cases = new CaseService(store);
            cases.save(jozef(null, "ernstige zelfverwaarlozing"), true, false);
            LocalDate meeting = LocalDate.of(2026, 11, 26);
            store.meetings().save(new Meeting(meeting, "GGD", null, List.of(), List.of(AgendaItem.of("2026-020"))));
            refuseAuditEntries(store, AuditLog.Action.CASE_CHANGED);
            int entries = store.audit().entries().size();
            assertThatThrownBy(() -> cases.addRelativeFromMinutes("2026-020", new Relative("Henk Kranenburg", "broer"),
                    meeting, "Henk Kranenburg", "[broer van 2026-020]")).isNotInstanceOf(Refused.class);
            assertThat(store.cases().find("2026-020").orElseThrow().client().relatives()).isEmpty();
            assertThat(store.suspects().forMeeting(meeting)).isEmpty();
            assertThat(store.audit().entries()).hasSize(entries);

            store.session().dsl().execute("ALTER TABLE audit_entry DROP CONSTRAINT refuse_case_changed");
            cases.addRelativeFromMinutes("2026-020", new Relative("Henk Kranenburg", "broer"), meeting, "Henk Kranenburg",
                    "[broer van 2026-020]");
            assertThat(store.cases().find("2026-020").orElseThrow().client().relatives())
                    .containsExactly(new Relative("Henk Kranenburg", "broer"));
            assertThat(store.suspects().forMeeting(meeting)).hasSize(1);
            assertThat(store.audit().entries()).hasSize(entries + 1);
            assertThat(store.verify()).isEmpty();
        }
    }
}
