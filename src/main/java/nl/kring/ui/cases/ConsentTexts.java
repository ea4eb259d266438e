package nl.kring.ui.cases;

import nl.kring.domain.CaseFile;
import nl.kring.domain.ConsentPerson;
import nl.kring.domain.ConsentRules;
import nl.kring.ui.common.Dates;
import nl.kring.ui.common.I18n;

import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * The rule for who decides on consent (handreiking deel II §4.2-4.3), applied to a case on a meeting date, in words
 * for the agenda and the meeting room. Empty for an adult who decides alone and has no consent per person recorded.
 */
public final class ConsentTexts {
    private ConsentTexts() {
    }

    public static String rule(CaseFile c, LocalDate on) {
        if (c == null || on == null) {
            return "";
        }
        ConsentRules.Verdict v = ConsentRules.verdict(c, on);
        boolean perPerson = c.consent() != null && !c.consent().persons().isEmpty();
        if (v.who() == ConsentRules.WhoConsents.CLIENT && !perPerson && (v.age() == null || v.age() >= 18)) {
            return "";
        }
        String who = switch (v.who()) {
            case PARENTS -> I18n.t("consent.rule.parents", v.age(), Dates.format(on));
            case CHILD_AND_PARENTS -> I18n.t("consent.rule.childAndParents", v.age(), Dates.format(on));
            case CLIENT -> v.age() != null && v.age() < 18 ? I18n.t("consent.rule.sixteen", v.age(), Dates.format(on))
                    : I18n.t("consent.rule.client");
            case LEGAL_REPRESENTATIVE -> I18n.t("consent.rule.representative");
            case UNKNOWN_AGE -> I18n.t("consent.rule.unknownAge");
        };
        String state;
        if (v.given()) {
            state = v.substituteBy().isEmpty() ? I18n.t("consent.rule.given")
                    : I18n.t("consent.rule.givenBy", v.substituteBy().stream().map(ConsentTexts::person)
                    .collect(Collectors.joining(", ")));
        } else {
            state = I18n.t("consent.rule.lacking", v.lacking().stream().map(ConsentTexts::who)
                    .collect(Collectors.joining(", ")));
        }
        return who + " " + state;
    }

    /**
     * The rule in brief for a row of the agenda (issue 13: the whole sentence made a minor's row five lines tall at
     * 1366×768): the age on the meeting date and what is lacking, or that consent was given; the whole rule is the
     * cell's tooltip. Empty where {@link #rule} is.
     */
    public static String brief(CaseFile c, LocalDate on) {
        if (rule(c, on).isEmpty()) {
            return "";
        }
        ConsentRules.Verdict v = ConsentRules.verdict(c, on);
        String who = switch (v.who()) {
            case PARENTS, CHILD_AND_PARENTS -> I18n.t("consent.brief.age", v.age());
            case CLIENT -> v.age() != null && v.age() < 18 ? I18n.t("consent.brief.age", v.age()) : I18n.t("consent.brief.client");
            case LEGAL_REPRESENTATIVE -> I18n.t("consent.brief.representative");
            case UNKNOWN_AGE -> I18n.t("consent.brief.unknownAge");
        };
        String state = v.given() ? I18n.t("consent.brief.given")
                : I18n.t("consent.brief.lacking", v.lacking().stream().map(ConsentTexts::who).collect(Collectors.joining(", ")));
        return who + " · " + state;
    }

    static String who(ConsentPerson.Who w) {
        return I18n.t("consent.who." + w.name());
    }

    static String person(ConsentPerson p) {
        return p.name() == null || p.name().isBlank() ? who(p.who()) : who(p.who()) + " " + p.name();
    }
}
