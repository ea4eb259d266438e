package nl.kring.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * Bewaartermijn (point 10): overleg data is kept for a period after the case closes (default two years), then
 * destroyed. Open cases are never due.
 */
public final class Retention {
    public static final Period DEFAULT_CASE_PERIOD = Period.ofYears(2);

    public record Due(String caseNumber, LocalDate closedOn, LocalDate dueOn) {
    }

    private Retention() {
    }

    public static List<Due> due(List<CaseFile> cases, LocalDate asOf, Period period) {
        List<Due> result = new ArrayList<>();
        for (CaseFile c : cases) {
            if (c.phase() == Phase.AFGESLOTEN && c.closedOn() != null) {
                LocalDate dueOn = c.closedOn().plus(period);
                if (!dueOn.isAfter(asOf)) {
                    result.add(new Due(c.number(), c.closedOn(), dueOn));
                }
            }
        }
        return result;
    }
}
