package nl.kring.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import nl.kring.domain.CaseFile;
import nl.kring.domain.Meeting;
import nl.kring.domain.Partner;
import nl.kring.domain.RelevanceMatrix;

/**
 * Everything one meeting's export needs, as domain objects.
 *
 * @param meeting       the meeting, items in agenda order
 * @param partners      the partner register (at least every partner named in a kring, a decision or a disclosure)
 * @param cases         the cases on the agenda
 * @param matrix        the relevance matrix in force
 * @param pseudonymiser turns raw minutes text into text with case numbers (see {@link Pseudonymiser})
 * @param chair         sender, and the contact named for every SIGNAAL
 * @param recipients    partner ids that get a report; null: every partner with an attendee in {@code present}
 * @param passwords     partner id → password for an AES-256 protected file; partners not in it get a PDF/A file
 * @param schedule      the agenda schedule; null: {@link ReportSchedule#compute} from item durations
 * @param legal         evident belang as the keten defined it, and evaluations per case (the verslag prints them)
 */
public record MeetingExportInput(Meeting meeting, List<Partner> partners, List<CaseFile> cases,
                                 RelevanceMatrix matrix, Pseudonymiser pseudonymiser, ChairContact chair,
                                 List<String> recipients, Map<String, String> passwords, ReportSchedule schedule,
                                 LegalRecord legal) {

    public MeetingExportInput {
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(matrix, "matrix");
        Objects.requireNonNull(pseudonymiser, "pseudonymiser");
        Objects.requireNonNull(chair, "chair");
        partners = List.copyOf(partners);
        cases = List.copyOf(cases);
        recipients = recipients == null ? null : List.copyOf(recipients);
        passwords = passwords == null ? Map.of() : Map.copyOf(passwords);
        legal = legal == null ? LegalRecord.NONE : legal;
    }

    public MeetingExportInput(Meeting meeting, List<Partner> partners, List<CaseFile> cases, RelevanceMatrix matrix,
                              Pseudonymiser pseudonymiser, ChairContact chair, List<String> recipients,
                              Map<String, String> passwords, ReportSchedule schedule) {
        this(meeting, partners, cases, matrix, pseudonymiser, chair, recipients, passwords, schedule, null);
    }

    public MeetingExportInput withLegal(LegalRecord record) {
        return new MeetingExportInput(meeting, partners, cases, matrix, pseudonymiser, chair, recipients, passwords,
                schedule, record);
    }

    /** The usual input: recipients from attendance, no passwords, the simple schedule. */
    public static MeetingExportInput of(Meeting meeting, List<Partner> partners, List<CaseFile> cases,
                                        RelevanceMatrix matrix, Pseudonymiser pseudonymiser, ChairContact chair) {
        return new MeetingExportInput(meeting, partners, cases, matrix, pseudonymiser, chair, null, null, null);
    }

    public MeetingExportInput withRecipients(List<String> partnerIds) {
        return new MeetingExportInput(meeting, partners, cases, matrix, pseudonymiser, chair, partnerIds, passwords,
                schedule, legal);
    }

    public MeetingExportInput withPasswords(Map<String, String> partnerPasswords) {
        return new MeetingExportInput(meeting, partners, cases, matrix, pseudonymiser, chair, recipients,
                partnerPasswords, schedule, legal);
    }

    public MeetingExportInput withSchedule(ReportSchedule agendaSchedule) {
        return new MeetingExportInput(meeting, partners, cases, matrix, pseudonymiser, chair, recipients, passwords,
                agendaSchedule, legal);
    }

    @Override
    public String toString() {
        return "MeetingExportInput[meeting=" + meeting.date() + ", items=" + meeting.items().size() + ", partners="
                + partners.size() + "]";
    }
}
