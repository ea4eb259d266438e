package nl.kring.store;

import nl.kring.TestVaults;
import nl.kring.audit.AuditLog;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Client;
import nl.kring.domain.Disclosure;
import nl.kring.domain.DisclosureBasis;
import nl.kring.domain.DisclosureRules;
import nl.kring.domain.DisclosureWithdrawal;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.Meeting;
import nl.kring.domain.Partner;
import nl.kring.domain.Phase;
import nl.kring.domain.Role;
import nl.kring.domain.Tier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Withdrawing and correcting disclosure notes on a real vault: nothing disappears, everything is audited. */
class DisclosureWithdrawalTest {
    static final LocalDate MEETING = LocalDate.of(2026, 11, 26);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final String REASON = "Jan de Vries wees erop dat de GGD niets heeft ontvangen";

    @TempDir
    Path tmp;

    private Store store() throws Exception {
        Store store = TestVaults.create(tmp.resolve("v"));
        store.partners().save(new Partner("woco", "Woonstichting Het Dak", Role.WONINGCORPORATIE, Tier.SCHIL,
                LocalDate.of(2026, 1, 15), null, List.of()));
        store.partners().save(new Partner("ggd", "GGD Vangnet", Role.GGD, Tier.KERN, LocalDate.of(2025, 1, 1), null, List.of()));
        for (String[] c : new String[][] {{"2026-017", "Vries"}, {"2026-018", "Bakker"}}) {
            store.cases().save(new CaseFile(c[0], new Client("Johannes", "Jan", "de", c[1], List.of(), null, null, null,
                    null, List.of(), null, false), null, null, Phase.SCREENING, null, null, null,
                    "ernstige zelfverwaarlozing", null, null, null, List.of("woco", "ggd")));
        }
        return store;
    }

    static Disclosure note(List<String> to, LocalDate on) {
        return new Disclosure(List.of(LifeDomain.HUISVESTING), to, DisclosureBasis.EVIDENT_BELANG,
                "Jan de Vries dreigt uit huis gezet te worden", "niet bereikbaar", "M. Bos", on, false);
    }

    @Test
    void aWithdrawnNoteStaysListedWithItsWithdrawalAndAContentFreeAuditEntry() throws Exception {
        try (Store store = store()) {
            var entry = store.disclosures().record("2026-017", note(List.of("ggd"), LocalDate.of(2026, 11, 20)));
            int before = store.audit().entries().size();

            var withdrawn = store.disclosures().withdraw(entry.id(), TODAY, "  " + REASON + "\n", null);

            assertThat(withdrawn.disclosure().withdrawal()).isEqualTo(new DisclosureWithdrawal(TODAY, REASON, null));
            // the note itself is unchanged, and every query returns it with its withdrawal
            assertThat(withdrawn.disclosure().content()).isEqualTo(entry.disclosure().content());
            assertThat(store.disclosures().forCase("2026-017")).containsExactly(withdrawn);
            assertThat(store.disclosures().all()).containsExactly(withdrawn);
            assertThat(store.disclosures().byId(entry.id())).contains(withdrawn);
            // the register can leave the withdrawn notes out
            assertThat(store.disclosures().find(new DisclosureRepository.Filter(null, null, null, null, null, false))).isEmpty();
            assertThat(store.disclosures().find(new DisclosureRepository.Filter("2026-017", null, null, null, null, true)))
                    .containsExactly(withdrawn);

            List<AuditLog.Entry> audit = store.audit().entries();
            assertThat(audit).hasSize(before + 1);
            assertThat(audit.getLast().action()).isEqualTo("DISCLOSURE");
            assertThat(audit.getLast().subject()).isEqualTo("2026-017");
            assertThat(audit.getLast().detail()).isEqualTo("withdrawn #" + entry.id() + "; on 2026-11-28");
            assertThat(store.audit().verify()).isEmpty();
            String all = store.session().dsl().fetch("SELECT * FROM audit_entry").formatCSV();
            assertThat(all).doesNotContain("Vries").doesNotContain("GGD niets").doesNotContain("ontvangen");
        }
    }

    @Test
    void aNoteIsWithdrawnOnceAndOnlyWithAReason() throws Exception {
        try (Store store = store()) {
            var entry = store.disclosures().record("2026-017", note(List.of("ggd"), LocalDate.of(2026, 11, 20)));
            assertThatThrownBy(() -> store.disclosures().withdraw(entry.id(), TODAY, " ", null))
                    .isInstanceOfSatisfying(DisclosureRepository.WithdrawalRefused.class, e -> assertThat(e.problems())
                            .containsExactly(DisclosureRules.WithdrawalProblem.NO_REASON));
            store.disclosures().withdraw(entry.id(), TODAY, "fout", null);
            int audited = store.audit().entries().size();
            assertThatThrownBy(() -> store.disclosures().withdraw(entry.id(), TODAY.plusDays(1), "nog eens", null))
                    .isInstanceOfSatisfying(DisclosureRepository.WithdrawalRefused.class, e -> assertThat(e.problems())
                            .containsExactly(DisclosureRules.WithdrawalProblem.ALREADY_WITHDRAWN))
                    .hasMessageNotContaining("nog eens");
            // the first withdrawal is the record
            assertThat(store.disclosures().byId(entry.id()).orElseThrow().disclosure().withdrawal())
                    .isEqualTo(new DisclosureWithdrawal(TODAY, "fout", null));
            assertThat(store.audit().entries()).hasSize(audited);
            assertThatThrownBy(() -> store.disclosures().withdraw(9999, TODAY, "fout", null))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aReplacementMustBeAnotherNoteOfTheSameCase() throws Exception {
        try (Store store = store()) {
            var a = store.disclosures().record("2026-017", note(List.of("ggd"), LocalDate.of(2026, 11, 20)));
            var other = store.disclosures().record("2026-018", note(List.of("woco"), LocalDate.of(2026, 11, 20)));
            assertThatThrownBy(() -> store.disclosures().withdraw(a.id(), TODAY, "fout", other.id()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.disclosures().withdraw(a.id(), TODAY, "fout", a.id()))
                    .isInstanceOf(DisclosureRepository.WithdrawalRefused.class);
            assertThat(store.disclosures().byId(a.id()).orElseThrow().withdrawn()).isFalse();

            var b = store.disclosures().record("2026-017", note(List.of("woco"), LocalDate.of(2026, 11, 20)));
            var withdrawn = store.disclosures().withdraw(a.id(), TODAY, "fout", b.id());
            assertThat(withdrawn.disclosure().withdrawal().replacedBy()).isEqualTo(b.id());
            assertThat(store.audit().entries().getLast().detail())
                    .isEqualTo("withdrawn #" + a.id() + " (replaced by #" + b.id() + "); on 2026-11-28");
        }
    }

    @Test
    void aCorrectionRecordsTheNewNoteInTheSameMeetingAndWithdrawsTheOldOne() throws Exception {
        try (Store store = store()) {
            store.meetings().save(new Meeting(MEETING, "zaal 2", LocalTime.of(9, 0), List.of(),
                    List.of(AgendaItem.of("2026-017"))));
            var old = store.disclosures().record("2026-017", MEETING, note(List.of("ggd"), null));
            Meeting readBefore = store.meetings().find(MEETING).orElseThrow();
            int before = store.audit().entries().size();

            var c = store.disclosures().correct(old.id(), TODAY, REASON, note(List.of("woco"), MEETING));

            assertThat(c.replacement().caseNumber()).isEqualTo("2026-017");
            assertThat(c.replacement().meetingDate()).isEqualTo(MEETING);
            assertThat(c.replacement().disclosure().to()).containsExactly("woco");
            assertThat(c.replacement().withdrawn()).isFalse();
            assertThat(c.withdrawn().id()).isEqualTo(old.id());
            assertThat(c.withdrawn().disclosure().withdrawal()).isEqualTo(new DisclosureWithdrawal(TODAY, REASON, c.replacement().id()));
            assertThat(store.disclosures().forCase("2026-017")).containsExactly(c.withdrawn(), c.replacement());

            // two entries: the new note (saying what it corrects) and the withdrawal; no free text
            List<AuditLog.Entry> audit = store.audit().entries().subList(before, store.audit().entries().size());
            assertThat(audit).extracting(AuditLog.Entry::detail).containsExactly(
                    "basis EVIDENT_BELANG; to woco; categories HUISVESTING; on 2026-11-26; meeting 2026-11-26; note #"
                            + c.replacement().id() + " corrects #" + old.id(),
                    "withdrawn #" + old.id() + " (replaced by #" + c.replacement().id() + "); on 2026-11-28");
            assertThat(store.audit().verify()).isEmpty();

            // the meeting shows both, the old one marked
            assertThat(store.meetings().find(MEETING).orElseThrow().items().getFirst().disclosures())
                    .containsExactly(c.withdrawn().disclosure(), c.replacement().disclosure());
            // the minutes editor read the meeting before the correction; its save must not bring the old note back
            store.meetings().save(readBefore);
            assertThat(store.disclosures().forCase("2026-017")).containsExactly(c.withdrawn(), c.replacement());
        }
    }

    @Test
    void aFailedCorrectionLeavesNeitherTheNewNoteNorTheWithdrawalNorAnAuditEntry() throws Exception {
        try (Store store = store()) {
            var old = store.disclosures().record("2026-017", note(List.of("ggd"), LocalDate.of(2026, 11, 20)));
            int before = store.audit().entries().size();
            // the reason does not fit its column: the last step (the withdrawal) fails after the new note was written
            String tooLong = "x".repeat(4001);
            assertThatThrownBy(() -> store.disclosures().correct(old.id(), TODAY, tooLong, note(List.of("woco"), LocalDate.of(2026, 11, 20))))
                    .isInstanceOf(RuntimeException.class);
            assertThat(store.disclosures().forCase("2026-017")).containsExactly(old);
            assertThat(store.audit().entries()).hasSize(before);
            assertThat(store.audit().verify()).isEmpty();

            // an unchanged correction is refused before anything is written
            assertThatThrownBy(() -> store.disclosures().correct(old.id(), TODAY, "niets", old.disclosure()))
                    .isInstanceOfSatisfying(DisclosureRepository.WithdrawalRefused.class,
                            e -> assertThat(e.problems()).containsExactly(DisclosureRules.WithdrawalProblem.UNCHANGED));
            assertThat(store.disclosures().forCase("2026-017")).containsExactly(old);

            // a withdrawn note cannot be corrected any more
            store.disclosures().withdraw(old.id(), TODAY, "fout", null);
            int audited = store.audit().entries().size();
            assertThatThrownBy(() -> store.disclosures().correct(old.id(), TODAY, "toch", note(List.of("woco"), LocalDate.of(2026, 11, 20))))
                    .isInstanceOf(DisclosureRepository.WithdrawalRefused.class);
            assertThat(store.disclosures().forCase("2026-017")).hasSize(1);
            assertThat(store.audit().entries()).hasSize(audited);
        }
    }

    @Test
    void theVaultVerifiesAfterACorrectionAndAPurgeTakesBothNotes() throws Exception {
        Path dir = tmp.resolve("v");
        try (Store store = store()) {
            var old = store.disclosures().record("2026-017", note(List.of("ggd"), LocalDate.of(2026, 11, 20)));
            store.disclosures().correct(old.id(), TODAY, "fout", note(List.of("woco"), LocalDate.of(2026, 11, 20)));
            store.session().markWritten();
        }
        try (Store store = TestVaults.open(dir)) {
            assertThat(store.verify()).isEmpty();
            assertThat(store.disclosures().forCase("2026-017")).hasSize(2).first().matches(DisclosureRepository.Entry::withdrawn);
            // a case past its retention period goes with both notes (the replacement refers back to nothing left)
            assertThat(store.cases().delete("2026-017")).isTrue();
            assertThat(store.disclosures().all()).isEmpty();
        }
    }
}
