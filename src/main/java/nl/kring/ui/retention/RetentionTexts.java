package nl.kring.ui.retention;

import nl.kring.domain.Retention;
import nl.kring.retention.RetentionService;
import nl.kring.ui.common.Dates;
import nl.kring.ui.common.I18n;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/** What is past retention, in the chair's words: case numbers and meeting dates only, never a client. */
public final class RetentionTexts {
    private RetentionTexts() {
    }

    /** "2 jaar", "18 maanden" ("1 jaar en 6 maanden"). */
    public static String period(Period p) {
        Period n = p.normalized();
        if (n.getYears() > 0 && n.getMonths() > 0) {
            return I18n.t("retention.period.yearsMonths", n.getYears(), n.getMonths());
        }
        return n.getYears() > 0 ? I18n.t("retention.period.years", n.getYears()) : I18n.t("retention.period.months", n.getMonths());
    }

    /** One line per record that will be purged, with why it is due. */
    public static List<String> dueLines(RetentionService.Report r) {
        List<String> lines = new ArrayList<>();
        for (Retention.Due d : r.cases()) {
            lines.add(I18n.t("retention.line.case", d.caseNumber(), Dates.format(d.closedOn()),
                    period(r.policy().casePeriod()), Dates.format(d.dueOn())));
        }
        for (Retention.MeetingDue m : r.meetings()) {
            lines.add(I18n.t("retention.line.meeting", Dates.format(m.meetingDate()), period(r.policy().meetingPeriod()),
                    Dates.format(m.dueOn())));
        }
        return lines;
    }

    /** Meetings past their period that stay while cases on their agenda are kept. */
    public static List<String> heldLines(RetentionService.Report r) {
        return r.heldMeetings().stream().map(m -> I18n.t("retention.line.held", Dates.format(m.meetingDate()),
                String.join(", ", m.heldBy()))).toList();
    }

    public static String result(RetentionService.Result result) {
        String done = I18n.t("retention.result", result.cases().size(), result.meetings().size());
        int scrubbed = result.scrubbed().texts() + result.scrubbed().nameDecisions();
        return scrubbed == 0 ? done : done + " " + I18n.t("retention.result.scrubbed", scrubbed);
    }
}
