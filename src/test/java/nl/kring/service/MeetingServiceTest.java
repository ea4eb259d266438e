package nl.kring.service;

import nl.kring.audit.AuditLog;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.Meeting;
import nl.kring.domain.MinutesParagraph;
import nl.kring.domain.Role;
import nl.kring.store.Store;
import nl.kring.store.SuspectDecisionRepository;
import nl.kring.TestVaults;
import nl.kring.domain.Attendee;
import nl.kring.domain.Partner;
import nl.kring.domain.Tier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A meeting's agenda and its audit entry are one transaction, on a real encrypted vault. */
class MeetingServiceTest {
    static final LocalDate MEETING = LocalDate.of(2026, 12, 3);

    @TempDir
    Path dir;

    @Test
    void whenTheAuditEntryCannotBeWrittenTheAgendaStaysAsItWas() throws Exception {
        try (Store store = TestVaults.create(dir.resolve("v"))) {
            store.partners().save(TestVaults.partner("ggd", Role.GGD, LocalDate.of(2025, 1, 1), null));
            new CaseService(store).save(CaseServiceTest.jozef(null, "ernstige zelfverwaarlozing"), true, false);
            MeetingService meetings = new MeetingService(store);
            meetings.saveAgenda(MEETING, "GGD", LocalTime.of(9, 0), List.of(new MeetingService.Planned("2026-020", 15)));
            int entries = store.audit().entries().size();

            CaseServiceTest.refuseAuditEntries(store, AuditLog.Action.MEETING_CHANGED);
            assertThatThrownBy(() -> meetings.saveAgenda(MEETING, "Stadhuis", LocalTime.of(10, 0), List.of()))
                    .isNotInstanceOf(Refused.class);
            Meeting kept = store.meetings().find(MEETING).orElseThrow();
            assertThat(kept.location()).isEqualTo("GGD");
            assertThat(kept.items()).extracting(AgendaItem::caseNumber).containsExactly("2026-020");
            assertThat(store.audit().entries()).hasSize(entries);

            // a new meeting is not left behind either
            LocalDate next = MEETING.plusWeeks(2);
            assertThatThrownBy(() -> meetings.saveAgenda(next, "GGD", LocalTime.of(9, 0), List.of()))
                    .isNotInstanceOf(Refused.class);
            assertThat(store.meetings().find(next)).isEmpty();
            assertThat(store.verify()).isEmpty();
        }
    }

    @Test
    void minutesAreSavedWithTheirEntryOrNotAtAll() throws Exception {
        try (Store store = TestVaults.create(dir.resolve("v"))) {
            store.partners().save(TestVaults.partner("ggd", Role.GGD, LocalDate.of(2025, 1, 1), null));
            new CaseService(store).save(CaseServiceTest.jozef(null, "ernstige zelfverwaarlozing"), true, false);
            MeetingService meetings = new MeetingService(store);
            meetings.saveAgenda(MEETING, "GGD", LocalTime.of(9, 0), List.of(new MeetingService.Planned("2026-020", 15)));
            meetings.saveMinutes(MEETING, List.of(new MeetingService.ItemMinutes("2026-020",
                    List.of(new MinutesParagraph(null, "Huisbezoek afgesproken.")), List.of())));
            int entries = store.audit().entries().size();

            CaseServiceTest.refuseAuditEntries(store, AuditLog.Action.MEETING_CHANGED);
            assertThatThrownBy(() -> meetings.saveMinutes(MEETING, List.of(new MeetingService.ItemMinutes("2026-020",
                    List.of(new MinutesParagraph(null, "Andere tekst.")), List.of())))).isNotInstanceOf(Refused.class);
            assertThat(store.meetings().find(MEETING).orElseThrow().items().getFirst().minutes())
                    .extracting(MinutesParagraph::text).containsExactly("Huisbezoek afgesproken.");
            assertThat(store.audit().entries()).hasSize(entries);
            assertThat(store.verify()).isEmpty();
        }
    }

    @Test
    void creatingAndCheckingInAreEachOneTransactionWithTheirEntry() throws Exception {
        try (Store store = TestVaults.create(dir.resolve("v"))) {
            for (String id : List.of("ggd", "woco")) {
                store.partners().save(new Partner(id, "Partner " + id, Role.GGD, Tier.KERN,
                        LocalDate.of(2025, 1, 1), null, List.of(new Attendee(id + "-1", "A. " + id,
                        "medewerker", null, null))));
            }
            MeetingService meetings = new MeetingService(store);
            meetings.create(new Meeting(MEETING, "GGD", LocalTime.of(9, 0), List.of(), List.of()));
            assertThatThrownBy(() -> meetings.create(new Meeting(MEETING, "Stadhuis", LocalTime.of(10, 0), List.of(), List.of())))
                    .isInstanceOfSatisfying(MeetingService.MeetingExists.class, e -> assertThat(e.date()).isEqualTo(MEETING));
            assertThat(store.meetings().find(MEETING).orElseThrow().location()).isEqualTo("GGD");
            meetings.setPresent(MEETING, List.of("ggd-1"), "check-in ggd-1 (ggd)");
            int entries = store.audit().entries().size();

            CaseServiceTest.refuseAuditEntries(store, AuditLog.Action.MEETING_CHANGED);
            assertThatThrownBy(() -> meetings.setPresent(MEETING, List.of("ggd-1", "woco-1"), "check-in woco-1 (woco)"))
                    .isNotInstanceOf(Refused.class);
            assertThat(store.meetings().find(MEETING).orElseThrow().present()).containsExactly("ggd-1");
            LocalDate next = MEETING.plusWeeks(1);
            assertThatThrownBy(() -> meetings.create(new Meeting(next, "GGD", LocalTime.of(9, 0), List.of(), List.of())))
                    .isNotInstanceOf(Refused.class);
            assertThat(store.meetings().find(next)).isEmpty();
            assertThat(store.audit().entries()).hasSize(entries);
            assertThatThrownBy(() -> meetings.setPresent(LocalDate.of(2030, 1, 1), List.of(), "check-out"))
                    .isInstanceOf(MeetingService.NoMeeting.class);
        }
    }

    @Test
    void aJudgedPossibleNameIsKeptWithItsEntryOrNotAtAll() throws Exception {
        try (Store store = TestVaults.create(dir.resolve("v"))) {
            MeetingService meetings = new MeetingService(store);
            meetings.create(new Meeting(MEETING, "GGD", LocalTime.of(9, 0), List.of(), List.of()));
            int entries = store.audit().entries().size();
            CaseServiceTest.refuseAuditEntries(store, AuditLog.Action.MEETING_CHANGED);
            assertThatThrownBy(() -> meetings.judgePossibleName(MEETING, "Dijkveen",
                    SuspectDecisionRepository.Kind.DISMISSED, null, "dismissed")).isNotInstanceOf(Refused.class);
            assertThat(store.suspects().forMeeting(MEETING)).isEmpty();
            assertThat(store.audit().entries()).hasSize(entries);

            store.session().dsl().execute("ALTER TABLE audit_entry DROP CONSTRAINT refuse_meeting_changed");
            meetings.judgePossibleName(MEETING, "Dijkveen", SuspectDecisionRepository.Kind.DISMISSED, null, "dismissed");
            assertThat(store.suspects().forMeeting(MEETING)).hasSize(1);
            assertThat(store.audit().entries().getLast().detail()).isEqualTo("possible name dismissed");
            assertThat(store.verify()).isEmpty();
        }
    }

    @Test
    void aJudgementTakenBackGoesWithItsEntryOrStays() throws Exception {
        try (Store store = TestVaults.create(dir.resolve("v"))) {
            MeetingService meetings = new MeetingService(store);
            meetings.create(new Meeting(MEETING, "GGD", LocalTime.of(9, 0), List.of(), List.of()));
            meetings.judgePossibleName(MEETING, "Dijkveen", SuspectDecisionRepository.Kind.DISMISSED, null, "dismissed");
            int entries = store.audit().entries().size();
            CaseServiceTest.refuseAuditEntries(store, AuditLog.Action.MEETING_CHANGED);
            assertThatThrownBy(() -> meetings.forgetPossibleName(MEETING, "Dijkveen")).isNotInstanceOf(Refused.class);
            assertThat(store.suspects().forMeeting(MEETING)).hasSize(1);
            assertThat(store.audit().entries()).hasSize(entries);

            store.session().dsl().execute("ALTER TABLE audit_entry DROP CONSTRAINT refuse_meeting_changed");
            meetings.forgetPossibleName(MEETING, "Dijkveen");
            assertThat(store.suspects().forMeeting(MEETING)).isEmpty();
            assertThat(store.audit().entries().getLast().detail()).isEqualTo("possible name judgement withdrawn");
            meetings.forgetPossibleName(MEETING, "Dijkveen");
            assertThat(store.audit().entries()).as("nothing to take back: no entry").hasSize(entries + 1);
            assertThat(store.verify()).isEmpty();
        }
    }
}
