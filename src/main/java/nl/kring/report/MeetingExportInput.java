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
 * @param auditHead     the audit chain's head ({@code seq:hash}) when the reports were made, printed in the verslag's
 *                      footer so it can be proven later against the chain (issue 10); null: not printed
 * @param legal         evident belang as the keten defined it, and evaluations per case (the verslag prints them)
 */
public record MeetingExportInput(Meeting meeting, List<Partner> partners, List<CaseFile> cases,
                                 RelevanceMatrix matrix, Pseudonymiser pseudonymiser, ChairContact chair,
                                 List<String> recipients, Map<String, String> passwords, ReportSchedule schedule,
                                 String auditHead, LegalRecord legal) {

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
        this(meeting, partners, cases, matrix, pseudonymiser, chair, recipients, passwords, schedule, null, null);
    }

    public MeetingExportInput withLegal(LegalRecord record) {
        return new MeetingExportInput(meeting, partners, cases, matrix, pseudonymiser, chair, recipients, passwords,
                schedule, auditHead, record);
    }

    /** The usual input: recipients from attendance, no passwords, the simple schedule. */
    public static MeetingExportInput of(Meeting meeting, List<Partner> partners, List<CaseFile> cases,
                                        RelevanceMatrix matrix, Pseudonymiser pseudonymiser, ChairContact chair) {
        return new MeetingExportInput(meeting, partners, cases, matrix, pseudonymiser, chair, null, null, null, null, null);
    }

    public MeetingExportInput withRecipients(List<String> partnerIds) {
        return new MeetingExportInput(meeting, partners, cases, matrix, pseudonymiser, chair, partnerIds, passwords,
                schedule, auditHead, legal);
    }

    public MeetingExportInput withPasswords(Map<String, String> partnerPasswords) {
        return new MeetingExportInput(meeting, partners, cases, matrix, pseudonymiser, chair, recipients,
                partnerPasswords, schedule, auditHead, legal);
    }

    public MeetingExportInput withSchedule(ReportSchedule agendaSchedule) {
        return new MeetingExportInput(meeting, partners, cases, matrix, pseudonymiser, chair, recipients, passwords,
                agendaSchedule, auditHead, legal);
    }

    public MeetingExportInput withAuditHead(String head) {
        return new MeetingExportInput(meeting, partners, cases, matrix, pseudonymiser, chair, recipients, passwords,
                schedule, head, legal);
    }

    @Override
    public String toString() {
        return "MeetingExportInput[meeting=" + meeting.date() + ", items=" + meeting.items().size() + ", partners="
                + partners.size() + "]";
    }
}
