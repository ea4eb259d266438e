package nl.kring.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Which clients must still be informed (issue 15). Handreiking deel I §6: the client has the right to know that data
 * on him are recorded (point 2); not informing him is a temporary restriction of that right, allowed only with an
 * evident belang (point 3), an exception that needs continuous evaluation and justification (point 5, "het informeren
 * van de cliënt over de gegevensverwerking" is one of the two most important rights); the reasons not to inform him
 * are recorded in his file (point 7). So: an open case discussed in a meeting without consent (the rule for who decides
 * applied on that meeting's date) whose client is not recorded as informed is listed, either because no reason not to
 * inform him was recorded (inform him, with the information for clients, unless that harms the purpose: then record
 * why) or because a reason was recorded (evaluate whether it still holds). Pure: no clock, no I/O.
 */
public final class ClientInforming {
    private ClientInforming() {
    }

    /** Why a case is listed. */
    public enum Kind {
        /** Not informed and no reason recorded: inform the client, or record why that would harm the purpose. */
        NO_REASON,
        /** Not informed, with a reason recorded: a restriction to evaluate. */
        REASON_RECORDED
    }

    /** A case whose client was discussed without consent and not informed; {@code discussedOn}: the latest such meeting. */
    public record Uninformed(String caseNumber, LocalDate discussedOn, Kind kind) {
    }

    /**
     * @param meetings each meeting's date with the case numbers on its agenda
     * @param today    meetings after today are not yet held and do not count
     * @return by kind (no reason first), then the latest discussion first, then case number
     */
    public static List<Uninformed> due(Collection<CaseFile> cases, Map<LocalDate, List<String>> meetings,
                                       LocalDate today) {
        List<Uninformed> out = new ArrayList<>();
        for (CaseFile c : cases) {
            if (c.closedOn() != null || informed(c)) {
                continue;
            }
            LocalDate latest = null;
            for (Map.Entry<LocalDate, List<String>> m : meetings.entrySet()) {
                LocalDate on = m.getKey();
                if (on.isAfter(today) || !m.getValue().contains(c.number())) {
                    continue;
                }
                if (!ConsentRules.verdict(c, on).given() && (latest == null || on.isAfter(latest))) {
                    latest = on;
                }
            }
            if (latest != null) {
                boolean reason = c.informed() != null && c.informed().reason() != null
                        && !c.informed().reason().isBlank();
                out.add(new Uninformed(c.number(), latest, reason ? Kind.REASON_RECORDED : Kind.NO_REASON));
            }
        }
        out.sort(Comparator.comparing(Uninformed::kind).thenComparing(Uninformed::discussedOn, Comparator.reverseOrder())
                .thenComparing(Uninformed::caseNumber));
        return out;
    }

    /** Whether the case records that the client was informed. */
    public static boolean informed(CaseFile c) {
        return c.informed() != null && Boolean.TRUE.equals(c.informed().status());
    }
}
