package nl.kring.service;

import nl.kring.audit.AuditLog;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Client;
import nl.kring.domain.EvaluationRecord;
import nl.kring.domain.FileNumber;
import nl.kring.domain.Relative;
import nl.kring.store.Store;
import nl.kring.store.SuspectDecisionRepository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where saving a case happens. Each save is one transaction with its audit entry (and the evaluation record, when the
 * chair recorded one): all of it is written, or none.
 */
public final class CaseService {
    private final Store store;

    public CaseService(Store store) {
        this.store = store;
    }

    /** Every case, in the order of their numbers. */
    public List<CaseFile> all() {
        return store.cases().all();
    }

    /** The case with that number, if any. */
    public Optional<CaseFile> find(String number) {
        return store.cases().find(number);
    }

    /** Whether a case with that number exists. */
    public boolean exists(String number) {
        return store.cases().exists(number);
    }

    /** The next free case number of {@code year}. */
    public String nextNumber(int year) {
        return store.cases().nextNumber(year);
    }

    /** The evaluations of the restriction recorded for one case, oldest first. */
    public List<EvaluationRecord> evaluations(String caseNumber) {
        return store.evaluations().forCase(caseNumber);
    }

    /** Every case's recorded evaluations, by case number. */
    public Map<String, List<EvaluationRecord>> evaluations() {
        return store.evaluations().all();
    }

    /** A new case with a number another case already has: the existing case is never overwritten. */
    public static final class NumberTaken extends Refused {
        private final String number;

        public NumberTaken(String number) {
            super("case number " + number + " is taken");
            this.number = number;
        }

        public String number() {
            return number;
        }
    }

    /**
     * Saves {@code c} (new or changed) with its audit entry, which names the case number only; {@code evaluated}: the
     * chair recorded an evaluation of the restriction, noted (content-free) in the entry. Returns the case as stored.
     */
    public CaseFile save(CaseFile c, boolean isNew, boolean evaluated) {
        return save(c, isNew, evaluated, null, null);
    }

    /** As above, with the evaluation's outcome and motivation kept with the case, in the same transaction. */
    public CaseFile save(CaseFile c, boolean isNew, EvaluationRecord evaluation, LocalDate today) {
        return save(c, isNew, true, evaluation, today);
    }

    private CaseFile save(CaseFile c, boolean isNew, boolean evaluated, EvaluationRecord evaluation, LocalDate today) {
        store.transaction(s -> {
            if (isNew && s.cases().exists(c.number())) {
                throw new NumberTaken(c.number());
            }
            List<FileNumber> before = isNew ? List.of()
                    : s.cases().find(c.number()).map(x -> x.client().fileNumbers()).orElse(List.of());
            s.cases().save(c);
            if (evaluation != null) {
                s.evaluations().record(c.number(), evaluation, today);
            }
            s.audit().append(isNew ? AuditLog.Action.CASE_CREATED : AuditLog.Action.CASE_CHANGED, c.number(),
                    evaluated ? "evaluation of the restriction recorded, next due " + c.evaluationDue() : null);
            String numbers = fileNumbersChange(before, c.client().fileNumbers());
            if (numbers != null) {
                s.audit().append(AuditLog.Action.CASE_CHANGED, c.number(), numbers);
            }
        });
        return store.cases().find(c.number()).orElse(c);
    }

    /**
     * The content-free audit detail of a change to the partners' file numbers (issue 12), or null when they did not
     * change: how many there are now and which partners issued them (ids only, never a number, since who holds a
     * file on the client is what the entry records).
     */
    static String fileNumbersChange(List<FileNumber> before, List<FileNumber> after) {
        if (before.equals(after)) {
            return null;
        }
        List<String> partners = after.stream().map(FileNumber::partnerId).distinct().toList();
        return "partner file numbers changed: " + after.size() + " [" + String.join(", ", partners) + "]";
    }

    /**
     * "Familielid toevoegen" in the minutes' review of possible names: the relative joins the case's client, the
     * possible name {@code suspectText} of the meeting on {@code meeting} is decided as that relative ({@code marker}),
     * and the audit entry says so; one transaction.
     */
    public void addRelativeFromMinutes(String caseNumber, Relative relative, LocalDate meeting, String suspectText,
                                       String marker) {
        store.transaction(s -> {
            CaseFile c = s.cases().find(caseNumber).orElseThrow(() -> new IllegalArgumentException("no case " + caseNumber));
            Client cl = c.client();
            List<Relative> relatives = new ArrayList<>(cl.relatives());
            relatives.add(relative);
            Client changed = new Client(cl.firstNames(), cl.roepnaam(), cl.prefix(), cl.surname(), cl.aliases(),
                    cl.birthDate(), cl.bsn(), cl.address(), cl.phone(), relatives, cl.legalRepresentative(), cl.incapacitated(),
                    cl.fileNumbers());
            s.cases().save(new CaseFile(c.number(), changed, c.referrer(), c.reportedOn(), c.phase(), c.domains(),
                    c.consent(), c.informed(), c.evidentInterest(), c.lighterMeansConsidered(), c.evaluationDue(),
                    c.closedOn(), c.kring()));
            s.suspects().record(meeting, suspectText, SuspectDecisionRepository.Kind.RELATIVE, marker);
            s.audit().append(AuditLog.Action.CASE_CHANGED, caseNumber, "relative added from the minutes of " + meeting);
        });
    }
}
