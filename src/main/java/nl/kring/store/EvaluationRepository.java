package nl.kring.store;

import nl.kring.domain.EvaluationRecord;
import org.jooq.DSLContext;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static nl.kring.schema.Tables.EVALUATION_RECORD;

/** The evaluations of a restriction (point 5), per case, oldest first. They go when the case goes (cascade). */
public final class EvaluationRepository {
    private final DSLContext dsl;

    EvaluationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Keeps an evaluation; refused (IllegalArgumentException naming the problem codes) when it is incomplete. */
    public EvaluationRecord record(String caseNumber, EvaluationRecord e, LocalDate today) {
        List<EvaluationRecord.Problem> problems = e.problems(today);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("evaluation of case " + caseNumber + " is incomplete: " + problems);
        }
        long id = dsl.insertInto(EVALUATION_RECORD)
                .set(EVALUATION_RECORD.CASE_NUMBER, caseNumber)
                .set(EVALUATION_RECORD.EVALUATED_ON, e.on())
                .set(EVALUATION_RECORD.OUTCOME, e.outcome().name())
                .set(EVALUATION_RECORD.MOTIVATION, e.motivation().strip())
                .returning(EVALUATION_RECORD.ID).fetchOne().getId();
        return new EvaluationRecord(id, e.on(), e.outcome(), e.motivation().strip());
    }

    public List<EvaluationRecord> forCase(String caseNumber) {
        return dsl.selectFrom(EVALUATION_RECORD).where(EVALUATION_RECORD.CASE_NUMBER.eq(caseNumber))
                .orderBy(EVALUATION_RECORD.EVALUATED_ON, EVALUATION_RECORD.ID).fetch()
                .map(r -> new EvaluationRecord(r.getId(), r.getEvaluatedOn(),
                        EvaluationRecord.Outcome.valueOf(r.getOutcome()), r.getMotivation()));
    }

    /** Every case's evaluations, by case number (for reports over many cases). */
    public Map<String, List<EvaluationRecord>> all() {
        return dsl.selectFrom(EVALUATION_RECORD).orderBy(EVALUATION_RECORD.EVALUATED_ON, EVALUATION_RECORD.ID).fetch()
                .stream().collect(Collectors.groupingBy(r -> r.getCaseNumber(), LinkedHashMap::new,
                        Collectors.mapping(r -> new EvaluationRecord(r.getId(), r.getEvaluatedOn(),
                                EvaluationRecord.Outcome.valueOf(r.getOutcome()), r.getMotivation()), Collectors.toList())));
    }
}
