package nl.kring.store;

import nl.kring.domain.Evaluation;
import nl.kring.domain.Retention;
import nl.kring.store.SettingRepository;

import java.time.Period;
import java.util.Optional;

/**
 * The vault's own rules, kept (encrypted) in its settings: the retention period per record type, in months, and the
 * evaluation interval of a restriction, in weeks. A missing or unreadable value falls back to the default.
 */
public record VaultPolicy(int caseMonths, int meetingMonths, int evaluationWeeks) {
    public static final String CASE_MONTHS = "retention.case.months";
    public static final String MEETING_MONTHS = "retention.meeting.months";
    public static final String EVALUATION_WEEKS = "evaluation.weeks";
    public static final int MIN_MONTHS = 1;
    /** Twenty years: the longest any Dutch care record is kept; more is a typing error. */
    public static final int MAX_MONTHS = 240;

    public static final VaultPolicy DEFAULT = new VaultPolicy(Retention.months(Retention.DEFAULT_CASE_PERIOD),
            Retention.months(Retention.DEFAULT_MEETING_PERIOD), Evaluation.DEFAULT_WEEKS);

    public VaultPolicy {
        if (!monthsInRange(caseMonths) || !monthsInRange(meetingMonths)) {
            throw new IllegalArgumentException("a retention period is " + MIN_MONTHS + " to " + MAX_MONTHS + " months");
        }
        if (!weeksInRange(evaluationWeeks)) {
            throw new IllegalArgumentException("the evaluation interval is " + Evaluation.MIN_WEEKS + " to "
                    + Evaluation.MAX_WEEKS + " weeks");
        }
    }

    public static boolean monthsInRange(int months) {
        return months >= MIN_MONTHS && months <= MAX_MONTHS;
    }

    public static boolean weeksInRange(int weeks) {
        return weeks >= Evaluation.MIN_WEEKS && weeks <= Evaluation.MAX_WEEKS;
    }

    public Period casePeriod() {
        return Period.ofMonths(caseMonths).normalized();
    }

    public Period meetingPeriod() {
        return Period.ofMonths(meetingMonths).normalized();
    }

    public static VaultPolicy load(SettingRepository settings) {
        int cases = read(settings, CASE_MONTHS).filter(VaultPolicy::monthsInRange).orElse(DEFAULT.caseMonths());
        int meetings = read(settings, MEETING_MONTHS).filter(VaultPolicy::monthsInRange).orElse(DEFAULT.meetingMonths());
        int weeks = read(settings, EVALUATION_WEEKS).filter(VaultPolicy::weeksInRange).orElse(DEFAULT.evaluationWeeks());
        return new VaultPolicy(cases, meetings, weeks);
    }

    public void save(SettingRepository settings) {
        settings.put(CASE_MONTHS, Integer.toString(caseMonths));
        settings.put(MEETING_MONTHS, Integer.toString(meetingMonths));
        settings.put(EVALUATION_WEEKS, Integer.toString(evaluationWeeks));
    }

    private static Optional<Integer> read(SettingRepository settings, String key) {
        try {
            return settings.get(key).map(String::strip).map(Integer::valueOf);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
