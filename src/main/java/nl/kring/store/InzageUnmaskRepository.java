package nl.kring.store;

import org.jooq.DSLContext;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static nl.kring.schema.Tables.INZAGE_UNMASK;

/**
 * The passages of a client's inzage copy the chair chose to show unmasked, per request, with the reason. The copy
 * masks others' data by default (AVG art. 15(4)); an unmasked passage is a deliberate, explained exception.
 */
public final class InzageUnmaskRepository {
    public static final int MAX_REASON = 2000;

    /** One exception: which passage (its id in the copy), what kind of data it is, why it is shown, when decided. */
    public record Unmask(long requestId, String passageId, String category, String reason, LocalDate decidedOn) {
    }

    private final DSLContext dsl;

    InzageUnmaskRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The unmasked passages of a request, by passage id. */
    public Map<String, Unmask> forRequest(long requestId) {
        Map<String, Unmask> out = new LinkedHashMap<>();
        dsl.selectFrom(INZAGE_UNMASK).where(INZAGE_UNMASK.REQUEST_ID.eq(requestId)).orderBy(INZAGE_UNMASK.PASSAGE_ID)
                .forEach(r -> out.put(r.getPassageId(), new Unmask(r.getRequestId(), r.getPassageId(), r.getCategory(),
                        r.getReason(), r.getDecidedOn())));
        return out;
    }

    /** Records (or replaces) the decision to show a passage; a reason is required. */
    public void record(long requestId, String passageId, String category, String reason, LocalDate on) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an unmasked passage needs a reason");
        }
        String why = reason.strip();
        if (why.length() > MAX_REASON) {
            throw new IllegalArgumentException("the reason is longer than " + MAX_REASON + " characters");
        }
        dsl.insertInto(INZAGE_UNMASK)
                .set(INZAGE_UNMASK.REQUEST_ID, requestId).set(INZAGE_UNMASK.PASSAGE_ID, passageId)
                .set(INZAGE_UNMASK.CATEGORY, category).set(INZAGE_UNMASK.REASON, why).set(INZAGE_UNMASK.DECIDED_ON, on)
                .onDuplicateKeyUpdate()
                .set(INZAGE_UNMASK.CATEGORY, category).set(INZAGE_UNMASK.REASON, why).set(INZAGE_UNMASK.DECIDED_ON, on)
                .execute();
    }

    /** Masks the passage again; true when it was unmasked. */
    public boolean forget(long requestId, String passageId) {
        return dsl.deleteFrom(INZAGE_UNMASK).where(INZAGE_UNMASK.REQUEST_ID.eq(requestId))
                .and(INZAGE_UNMASK.PASSAGE_ID.eq(passageId)).execute() > 0;
    }
}
