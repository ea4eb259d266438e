package nl.kring.store;

import org.jooq.DSLContext;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import static nl.kring.schema.Tables.SUSPECT_DECISION;

/**
 * The chair's decisions on the possible names ("suspects") the recognition engine finds in a meeting's minutes: a
 * name-like text is dismissed (a professional, a place, not a person) or confirmed as a person, then replaced by
 * {@code [persoon]}, a relative marker or {@code [melder]}. Keyed by meeting date and the text as found (whitespace normalised).
 */
public final class SuspectDecisionRepository {
    /** Longest text kept as a key; longer suspects (never seen in practice) are cut. */
    public static final int MAX_TEXT = 200;

    public enum Kind {
        /** Not a person (a professional, a place, an organisation): stays as written. */
        DISMISSED,
        /** An unknown person: replaced by {@code [persoon]}. */
        PERSON,
        /** A relative or acquaintance of a client: replaced by a marker such as {@code [buurman van cliënt 2026-017]}. */
        RELATIVE,
        /**
         * The melder of a case (named in a way the recogniser does not know, e.g. a nickname): replaced by
         * {@code [melder]} in every output, as the recorded melder is (issue 11).
         */
        MELDER
    }

    /** The replacement of a {@link Kind#MELDER} judgement, the recogniser's marker for a recorded melder. */
    public static final String MELDER_MARKER = "[melder]";

    /** One decision; {@code replacement} is the marker for a confirmed person, null for a dismissal. */
    public record Decision(String text, Kind kind, String replacement) {
    }

    private final DSLContext dsl;

    SuspectDecisionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The key a text is stored under: surrounding whitespace stripped, inner runs of whitespace as one space. */
    public static String key(String text) {
        String k = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return k.length() > MAX_TEXT ? k.substring(0, MAX_TEXT) : k;
    }

    /** The decisions for a meeting, by key. */
    public Map<String, Decision> forMeeting(LocalDate date) {
        Map<String, Decision> out = new LinkedHashMap<>();
        dsl.selectFrom(SUSPECT_DECISION).where(SUSPECT_DECISION.MEETING_DATE.eq(date)).orderBy(SUSPECT_DECISION.TEXT)
                .forEach(r -> out.put(r.getText(), new Decision(r.getText(), Kind.valueOf(r.getDecision()), r.getReplacement())));
        return out;
    }

    /** Records (or replaces) the decision on a text; the meeting must exist. */
    public void record(LocalDate date, String text, Kind kind, String replacement) {
        String k = key(text);
        if (k.isEmpty()) {
            throw new IllegalArgumentException("empty suspect text");
        }
        String repl = kind == Kind.DISMISSED ? null : kind == Kind.MELDER ? MELDER_MARKER : replacement;
        LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.MILLIS);
        dsl.insertInto(SUSPECT_DECISION)
                .set(SUSPECT_DECISION.MEETING_DATE, date).set(SUSPECT_DECISION.TEXT, k)
                .set(SUSPECT_DECISION.DECISION, kind.name()).set(SUSPECT_DECISION.REPLACEMENT, repl)
                .set(SUSPECT_DECISION.DECIDED_AT, now)
                .onDuplicateKeyUpdate()
                .set(SUSPECT_DECISION.DECISION, kind.name()).set(SUSPECT_DECISION.REPLACEMENT, repl)
                .set(SUSPECT_DECISION.DECIDED_AT, now)
                .execute();
    }

    /** Takes a decision back: the text counts as open again wherever it still occurs. */
    public boolean forget(LocalDate date, String text) {
        return dsl.deleteFrom(SUSPECT_DECISION).where(SUSPECT_DECISION.MEETING_DATE.eq(date))
                .and(SUSPECT_DECISION.TEXT.eq(key(text))).execute() > 0;
    }
}
