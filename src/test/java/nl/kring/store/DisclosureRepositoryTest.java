package nl.kring.store;

import nl.kring.TestVaults;
import nl.kring.audit.AuditLog;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Client;
import nl.kring.domain.Disclosure;
import nl.kring.domain.DisclosureBasis;
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

import static nl.kring.store.DisclosureRepository.Filter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DisclosureRepositoryTest {
    static final LocalDate MEETING = LocalDate.of(2026, 11, 26);

    @TempDir
    Path tmp;

    private Store store() throws Exception {
        Store store = TestVaults.create(tmp.resolve("v"));
        store.partners().save(new Partner("woco-dak", "Woonstichting Het Dak", Role.WONINGCORPORATIE, Tier.SCHIL,
                LocalDate.of(2026, 1, 15), null, List.of()));
        store.partners().save(new Partner("ggd", "GGD Vangnet", Role.GGD, Tier.KERN, LocalDate.of(2025, 1, 1), null, List.of()));
        store.partners().save(new Partner("ggd-vangnet", "GGD Vangnet Noord", Role.GGD, Tier.KERN, LocalDate.of(2025, 1, 1), null, List.of()));
        for (String[] c : new String[][] {{"2026-017", "Vries"}, {"2026-018", "Bakker"}}) {
            store.cases().save(new CaseFile(c[0], new Client("Johannes", "Jan", "de", c[1], List.of(), null, null, null,
                    null, List.of(), null, false), null, null, Phase.SCREENING, null, null, null,
                    "ernstige zelfverwaarlozing", null, null, null, List.of("woco-dak", "ggd")));
        }
        return store;
    }

    static Disclosure note(List<String> to, DisclosureBasis basis, LocalDate on, String why) {
        return new Disclosure(List.of(LifeDomain.HUISVESTING, LifeDomain.FINANCIEN), to, basis, why,
                "Jan de Vries was niet bereikbaar", "M. Bos", on, false);
    }

    @Test
    void recordingWritesTheNoteAndAContentFreeAuditEntryThatVerifies() throws Exception {
        try (Store store = store()) {
            int before = store.audit().entries().size();
            var entry = store.disclosures().record("2026-017", null,
                    note(List.of("woco-dak"), DisclosureBasis.EVIDENT_BELANG, LocalDate.of(2026, 11, 20),
                            "Jan de Vries dreigt uit huis gezet te worden"));
            assertThat(store.disclosures().forCase("2026-017")).containsExactly(entry);
            assertThat(entry.disclosure().why()).isEqualTo("Jan de Vries dreigt uit huis gezet te worden");

            List<AuditLog.Entry> audit = store.audit().entries();
            assertThat(audit).hasSize(before + 1);
            AuditLog.Entry last = audit.getLast();
            assertThat(last.action()).isEqualTo("DISCLOSURE");
            assertThat(last.subject()).isEqualTo("2026-017");
            assertThat(last.detail()).isEqualTo("basis EVIDENT_BELANG; to woco-dak; categories HUISVESTING,FINANCIEN;"
                    + " on 2026-11-20; outside a meeting");
            assertThat(store.audit().verify()).isEmpty();
            // nothing of the free texts or the client's name anywhere in the audit table
            String all = store.session().dsl().fetch("SELECT * FROM audit_entry").formatCSV();
            assertThat(all).doesNotContainIgnoringCase("Vries").doesNotContainIgnoringCase("Jan ")
                    .doesNotContain("uit huis").doesNotContain("bereikbaar").doesNotContain("M. Bos");
        }
    }

    @Test
    void aFailedRecordingLeavesNeitherNoteNorAuditEntry() throws Exception {
        try (Store store = store()) {
            int before = store.audit().entries().size();
            assertThatThrownBy(() -> store.disclosures().record("2099-999", null,
                    note(List.of("ggd"), DisclosureBasis.EVIDENT_BELANG, MEETING, "x"))).isInstanceOf(RuntimeException.class);
            assertThat(store.audit().entries()).hasSize(before);
            assertThat(store.disclosures().all()).isEmpty();
        }
    }

    @Test
    void fromAMeetingTheNoteKeepsTheMeetingDateAndSurvivesMinutesAndAgendaChanges() throws Exception {
        try (Store store = store()) {
            store.meetings().save(new Meeting(MEETING, "zaal 2", LocalTime.of(9, 0), List.of(),
                    List.of(AgendaItem.of("2026-017"), AgendaItem.of("2026-018"))));
            var entry = store.disclosures().record("2026-017", MEETING,
                    note(List.of("ggd"), DisclosureBasis.CONFLICT_VAN_PLICHTEN, null, "acuut gevaar"));
            assertThat(entry.meetingDate()).isEqualTo(MEETING);
            assertThat(entry.disclosure().date()).isEqualTo(MEETING);
            assertThat(store.audit().entries().getLast().detail()).endsWith("; on 2026-11-26; meeting 2026-11-26");

            // the meeting carries it on its item; saving the meeting as read (minutes editor) keeps exactly one
            Meeting m = store.meetings().find(MEETING).orElseThrow();
            assertThat(m.items().getFirst().disclosures()).containsExactly(entry.disclosure());
            store.meetings().save(m);
            store.meetings().save(m);
            assertThat(store.disclosures().forCase("2026-017")).containsExactly(entry);

            // an item taken off the agenda does not take the legal record with it
            store.meetings().save(new Meeting(MEETING, "zaal 2", LocalTime.of(9, 0), List.of(), List.of(AgendaItem.of("2026-018"))));
            assertThat(store.disclosures().forCase("2026-017")).containsExactly(entry);
        }
    }

    @Test
    void importingTheSameMeetingTwiceDoesNotDoubleItsNotes() throws Exception {
        try (Store store = store()) {
            Disclosure undated = note(List.of("woco-dak"), DisclosureBasis.EVIDENT_BELANG, null, "x");
            Meeting m = new Meeting(MEETING, "zaal 2", LocalTime.of(9, 0), List.of(),
                    List.of(new AgendaItem("2026-017", 10, List.of(), List.of(), List.of(undated))));
            store.meetings().save(m);
            store.meetings().save(m);
            assertThat(store.disclosures().forCase("2026-017")).hasSize(1)
                    .first().extracting(e -> e.disclosure().date()).isEqualTo(MEETING);
        }
    }

    @Test
    void theRegisterFiltersByCasePartnerGrondslagAndDatesTogether() throws Exception {
        try (Store store = store()) {
            var a = store.disclosures().record("2026-017", note(List.of("woco-dak"), DisclosureBasis.EVIDENT_BELANG, LocalDate.of(2026, 10, 1), "a"));
            var b = store.disclosures().record("2026-017", note(List.of("ggd", "woco-dak"), DisclosureBasis.CONFLICT_VAN_PLICHTEN, LocalDate.of(2026, 11, 1), "b"));
            var c = store.disclosures().record("2026-018", note(List.of("ggd-vangnet"), DisclosureBasis.EVIDENT_BELANG, LocalDate.of(2026, 11, 15), "c"));
            var d = store.disclosures().record("2026-018", note(List.of("ggd"), DisclosureBasis.WETTELIJK_VOORSCHRIFT, LocalDate.of(2026, 11, 20), "d"));
            DisclosureRepository r = store.disclosures();

            assertThat(r.all()).containsExactly(d, c, b, a); // newest first
            assertThat(r.find(new Filter("2026-017", null, null, null, null))).containsExactly(b, a);
            // the partner id matches exactly: "ggd" is not "ggd-vangnet"
            assertThat(r.find(new Filter(null, "ggd", null, null, null))).containsExactly(d, b);
            assertThat(r.find(new Filter(null, null, DisclosureBasis.EVIDENT_BELANG, null, null))).containsExactly(c, a);
            // from/to are inclusive
            assertThat(r.find(new Filter(null, null, null, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 15)))).containsExactly(c, b);
            assertThat(r.find(new Filter("2026-017", "woco-dak", DisclosureBasis.CONFLICT_VAN_PLICHTEN,
                    LocalDate.of(2026, 10, 2), null))).containsExactly(b);
            assertThat(r.find(new Filter("2026-018", "woco-dak", null, null, null))).isEmpty();
        }
    }

    @Test
    void theClientInformedFlagIsKept() throws Exception {
        try (Store store = store()) {
            Disclosure informed = new Disclosure(List.of(LifeDomain.VEILIGHEID), List.of("ggd"),
                    DisclosureBasis.WETTELIJK_VOORSCHRIFT, "meldcode", null, "voorzitter", MEETING, true);
            store.disclosures().record("2026-018", informed);
            assertThat(store.disclosures().forCase("2026-018").getFirst().disclosure().content()).isEqualTo(informed);
            assertThat(store.audit().entries().getLast().detail()).endsWith("; client informed");
        }
    }
}
