package nl.kring.store;

import nl.kring.audit.AuditLog;
import nl.kring.domain.ConflictOfDuties;
import nl.kring.domain.DataCategory;
import nl.kring.domain.Disclosure;
import nl.kring.domain.DisclosureBasis;
import nl.kring.domain.DisclosureRules;
import nl.kring.domain.DisclosureWithdrawal;
import nl.kring.domain.LifeDomain;
import nl.kring.schema.tables.records.DisclosureRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import static nl.kring.schema.Tables.DISCLOSURE;

/** Aantekeningen van verstrekking zonder toestemming, in and outside meetings. */
public final class DisclosureRepository {
    private final DSLContext dsl;
    private final Supplier<AuditLog> audit;

    DisclosureRepository(DSLContext dsl, Supplier<AuditLog> audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    public record Entry(long id, String caseNumber, LocalDate meetingDate, Disclosure disclosure) {
        public boolean withdrawn() {
            return disclosure.withdrawn();
        }
    }

    /**
     * What the register shows: every criterion that is not null must hold (case number exact, the partner among the
     * recipients, the grondslag, the date from/to inclusive); withdrawn notes only with {@code withdrawn}.
     */
    public record Filter(String caseNumber, String partnerId, DisclosureBasis basis, LocalDate from, LocalDate to,
                         boolean withdrawn) {
        public static final Filter ALL = new Filter(null, null, null, null, null);

        /** With the withdrawn notes. */
        public Filter(String caseNumber, String partnerId, DisclosureBasis basis, LocalDate from, LocalDate to) {
            this(caseNumber, partnerId, basis, from, to, true);
        }
    }

    /** A correction: the note withdrawn, and the note that replaces it. */
    public record Correction(Entry withdrawn, Entry replacement) {
    }

    /** A withdrawal the rules do not allow (the note already withdrawn, no reason, an unchanged correction). */
    public static final class WithdrawalRefused extends IllegalStateException {
        private final transient List<DisclosureRules.WithdrawalProblem> problems;

        WithdrawalRefused(long id, List<DisclosureRules.WithdrawalProblem> problems) {
            super("disclosure note #" + id + " cannot be withdrawn: " + problems); // codes only, never the reason
            this.problems = List.copyOf(problems);
        }

        public List<DisclosureRules.WithdrawalProblem> problems() {
            return problems;
        }
    }

    static long insert(DSLContext tx, String caseNumber, LocalDate meetingDate, Disclosure d) {
        return tx.insertInto(DISCLOSURE)
                .set(DISCLOSURE.CASE_NUMBER, caseNumber).set(DISCLOSURE.MEETING_DATE, meetingDate)
                .set(DISCLOSURE.CATEGORIES, d.categoryCodes())
                .set(DISCLOSURE.RECIPIENTS, String.join(",", d.to()))
                .set(DISCLOSURE.BASIS, d.basis().name()).set(DISCLOSURE.WHY, d.why())
                .set(DISCLOSURE.WHY_NOT_INFORMED, d.whyNotInformed()).set(DISCLOSURE.DECIDED_BY, d.decidedBy())
                .set(DISCLOSURE.DISCLOSED_ON, disclosedOn(d, meetingDate))
                .set(DISCLOSURE.CLIENT_INFORMED, d.clientInformed())
                .set(DISCLOSURE.FROM_PARTNER, d.from())
                .set(DISCLOSURE.COD_CONSENT_SOUGHT, cod(d, ConflictOfDuties.Condition.CONSENT_SOUGHT))
                .set(DISCLOSURE.COD_SERIOUS_HARM, cod(d, ConflictOfDuties.Condition.SERIOUS_HARM_TO_OTHER))
                .set(DISCLOSURE.COD_DILEMMA, cod(d, ConflictOfDuties.Condition.DILEMMA))
                .set(DISCLOSURE.COD_NO_OTHER_WAY, cod(d, ConflictOfDuties.Condition.NO_OTHER_WAY))
                .set(DISCLOSURE.COD_HARM_PREVENTED, cod(d, ConflictOfDuties.Condition.HARM_PREVENTED))
                .set(DISCLOSURE.COD_MINIMAL_BREACH, cod(d, ConflictOfDuties.Condition.MINIMAL_BREACH))
                .returning(DISCLOSURE.ID).fetchOne().getId();
    }

    /**
     * The import's disclosure notes of one agenda item: adds those not yet stored and never removes one (notes are
     * legal records, kept apart from the agenda, also when the item leaves it). Compared by what they say: an item
     * read before a note was withdrawn still carries that note, unmarked. The import writes its own audit entry.
     */
    static void addMissing(DSLContext tx, String caseNumber, LocalDate meetingDate, List<Disclosure> notes) {
        if (notes.isEmpty()) {
            return;
        }
        List<Disclosure> stored = new ArrayList<>(tx.selectFrom(DISCLOSURE)
                .where(DISCLOSURE.MEETING_DATE.eq(meetingDate)).and(DISCLOSURE.CASE_NUMBER.eq(caseNumber))
                .fetch().map(r -> toDisclosure(r).content()));
        for (Disclosure disc : notes) {
            if (!stored.remove(disc.content().withDate(disclosedOn(disc, meetingDate)))) {
                insert(tx, caseNumber, meetingDate, disc);
            }
        }
    }

    /** The date a note is stored under: its own, else the meeting's, else today. */
    static LocalDate disclosedOn(Disclosure d, LocalDate meetingDate) {
        return d.date() != null ? d.date() : meetingDate != null ? meetingDate : LocalDate.now();
    }

    /** Records a disclosure outside a meeting (a phone call with one partner). */
    public Entry record(String caseNumber, Disclosure d) {
        return record(caseNumber, null, d);
    }

    /**
     * Records a disclosure, in a meeting (with its date) or outside one (null), with its audit entry in the same
     * transaction. The entry is content-free: the case number, the grondslag, partner ids, category names and dates,
     * never the free texts (they may name people).
     */
    public Entry record(String caseNumber, LocalDate meetingDate, Disclosure d) {
        long id = dsl.transactionResult(cfg -> {
            long key = insert(cfg.dsl(), caseNumber, meetingDate, d);
            audit.get().on(cfg.dsl()).append(AuditLog.Action.DISCLOSURE, caseNumber, auditDetail(d, meetingDate));
            return key;
        });
        return new Entry(id, caseNumber, meetingDate, d.content().withDate(disclosedOn(d, meetingDate)).withId(id));
    }

    /** Withdraws a note today; see {@link #withdraw(long, LocalDate, String, Long)}. */
    public Entry withdraw(long id, String reason, Long replacementId) {
        return withdraw(id, LocalDate.now(), reason, replacementId);
    }

    /**
     * Withdraws note {@code id}: it stays as recorded, marked with the date, the reason and the note that replaces it
     * (an earlier note of the same case, or null). With its audit entry in the same transaction; the entry names the
     * note numbers only, never the reason (it may name people).
     */
    public Entry withdraw(long id, LocalDate on, String reason, Long replacementId) {
        return dsl.transactionResult(cfg -> withdraw(cfg.dsl(), id, on, reason, replacementId));
    }

    /**
     * Corrects note {@code id}: records {@code corrected} for the same case and meeting, and withdraws the old note
     * as replaced by it, with both audit entries: one transaction, so both happen or neither.
     */
    public Correction correct(long id, String reason, Disclosure corrected) {
        return correct(id, LocalDate.now(), reason, corrected);
    }

    public Correction correct(long id, LocalDate on, String reason, Disclosure corrected) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Entry old = entry(existing(tx, id));
            refuseUnless(id, DisclosureRules.checkWithdrawal(old.disclosure(), reason, corrected.content()));
            long newId = insert(tx, old.caseNumber(), old.meetingDate(), corrected);
            audit.get().on(tx).append(AuditLog.Action.DISCLOSURE, old.caseNumber(), auditDetail(corrected, old.meetingDate())
                    + "; note #" + newId + " corrects #" + id);
            Entry withdrawn = withdraw(tx, id, on, reason, newId);
            return new Correction(withdrawn, entry(existing(tx, newId)));
        });
    }

    private Entry withdraw(DSLContext tx, long id, LocalDate on, String reason, Long replacementId) {
        Entry note = entry(existing(tx, id));
        Disclosure replacement = null;
        if (replacementId != null) {
            Entry r = entry(existing(tx, replacementId));
            if (!r.caseNumber().equals(note.caseNumber())) {
                throw new IllegalArgumentException("disclosure note #" + replacementId + " is of another case than #" + id);
            }
            replacement = r.disclosure();
        }
        refuseUnless(id, DisclosureRules.checkWithdrawal(note.disclosure(), reason, replacement));
        // "not withdrawn yet" once more in the update itself: the first withdrawal is the record
        int changed = tx.update(DISCLOSURE).set(DISCLOSURE.WITHDRAWN_ON, on)
                .set(DISCLOSURE.WITHDRAWAL_REASON, reason.strip()).set(DISCLOSURE.REPLACED_BY, replacementId)
                .where(DISCLOSURE.ID.eq(id)).and(DISCLOSURE.WITHDRAWN_ON.isNull()).execute();
        if (changed != 1) {
            throw new WithdrawalRefused(id, List.of(DisclosureRules.WithdrawalProblem.ALREADY_WITHDRAWN));
        }
        audit.get().on(tx).append(AuditLog.Action.DISCLOSURE, note.caseNumber(), "withdrawn #" + id
                + (replacementId == null ? "" : " (replaced by #" + replacementId + ")") + "; on " + on);
        return entry(existing(tx, id));
    }

    private static DisclosureRecord existing(DSLContext tx, long id) {
        DisclosureRecord r = tx.selectFrom(DISCLOSURE).where(DISCLOSURE.ID.eq(id)).fetchOne();
        if (r == null) {
            throw new IllegalArgumentException("there is no disclosure note #" + id);
        }
        return r;
    }

    private static void refuseUnless(long id, List<DisclosureRules.WithdrawalProblem> problems) {
        if (!problems.isEmpty()) {
            throw new WithdrawalRefused(id, problems);
        }
    }

    /** One note by its number, if it is (still) there. */
    public Optional<Entry> byId(long id) {
        return dsl.selectFrom(DISCLOSURE).where(DISCLOSURE.ID.eq(id)).fetchOptional().map(DisclosureRepository::entry);
    }

    static String auditDetail(Disclosure d, LocalDate meetingDate) {
        return "basis " + d.basis().name()
                + "; to " + String.join(",", d.to())
                + "; categories " + d.categoryCodes()
                + "; on " + disclosedOn(d, meetingDate)
                + (meetingDate == null ? "; outside a meeting" : "; meeting " + meetingDate)
                + (d.clientInformed() ? "; client informed" : "");
    }

    public List<Entry> forCase(String caseNumber) {
        return dsl.selectFrom(DISCLOSURE).where(DISCLOSURE.CASE_NUMBER.eq(caseNumber)).orderBy(DISCLOSURE.DISCLOSED_ON, DISCLOSURE.ID)
                .fetch().map(DisclosureRepository::entry);
    }

    public List<Entry> all() {
        return find(Filter.ALL);
    }

    private static String cod(Disclosure d, ConflictOfDuties.Condition c) {
        return d.conflictOfDuties() == null ? null : d.conflictOfDuties().text(c);
    }

    /** The register: newest first, filtered. */
    public List<Entry> find(Filter f) {
        Condition c = DSL.noCondition();
        if (f.caseNumber() != null && !f.caseNumber().isBlank()) {
            c = c.and(DISCLOSURE.CASE_NUMBER.eq(f.caseNumber().strip()));
        }
        if (f.basis() != null) {
            c = c.and(DISCLOSURE.BASIS.eq(f.basis().name()));
        }
        if (f.from() != null) {
            c = c.and(DISCLOSURE.DISCLOSED_ON.ge(f.from()));
        }
        if (f.to() != null) {
            c = c.and(DISCLOSURE.DISCLOSED_ON.le(f.to()));
        }
        if (!f.withdrawn()) {
            c = c.and(DISCLOSURE.WITHDRAWN_ON.isNull());
        }
        List<Entry> entries = dsl.selectFrom(DISCLOSURE).where(c)
                .orderBy(DISCLOSURE.DISCLOSED_ON.desc(), DISCLOSURE.ID.desc())
                .fetch().map(DisclosureRepository::entry);
        if (f.partnerId() == null || f.partnerId().isBlank()) {
            return entries;
        }
        // Recipients are stored as a list; an exact id match here (a LIKE would also hit "ggd" inside "ggd-vangnet").
        return entries.stream().filter(e -> e.disclosure().to().contains(f.partnerId())).toList();
    }

    private static Entry entry(DisclosureRecord r) {
        return new Entry(r.getId(), r.getCaseNumber(), r.getMeetingDate(), toDisclosure(r));
    }

    static Disclosure toDisclosure(DisclosureRecord r) {
        // leefgebieden and, since issue 15, other data (DataCategory) share the column
        List<LifeDomain> cats = new ArrayList<>();
        List<DataCategory> others = new ArrayList<>();
        for (String key : r.getCategories().isBlank() ? new String[0] : r.getCategories().split(",")) {
            switch (DataCategory.parse(key)) {
                case LifeDomain d -> cats.add(d);
                case DataCategory c -> others.add(c);
                case null, default -> throw new IllegalStateException("disclosure " + r.getId()
                        + " names an unknown category " + key);
            }
        }
        List<String> to = r.getRecipients().isBlank() ? List.of() : List.of(r.getRecipients().split(","));
        DisclosureWithdrawal w = r.getWithdrawnOn() == null ? null
                : new DisclosureWithdrawal(r.getWithdrawnOn(), r.getWithdrawalReason(), r.getReplacedBy());
        ConflictOfDuties cod = r.getCodConsentSought() == null && r.getCodSeriousHarm() == null && r.getCodDilemma() == null
                && r.getCodNoOtherWay() == null && r.getCodHarmPrevented() == null && r.getCodMinimalBreach() == null ? null
                : new ConflictOfDuties(r.getCodConsentSought(), r.getCodSeriousHarm(), r.getCodDilemma(),
                r.getCodNoOtherWay(), r.getCodHarmPrevented(), r.getCodMinimalBreach());
        return new Disclosure(cats, to, DisclosureBasis.valueOf(r.getBasis()), r.getWhy(), r.getWhyNotInformed(),
                r.getDecidedBy(), r.getDisclosedOn(), Boolean.TRUE.equals(r.getClientInformed()), r.getId(), w,
                r.getFromPartner(), cod, others);
    }
}
