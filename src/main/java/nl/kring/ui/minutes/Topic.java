package nl.kring.ui.minutes;

import java.util.ArrayList;
import java.util.List;

import nl.kring.domain.LifeDomain;
import nl.kring.ui.common.I18n;

/**
 * The audience the chair gives a paragraph or a decision in the editor: a leefgebied ({@code domain}) or ALGEMEEN
 * ({@code domain} null). No topic at all (a null property) is "unclassified": the chair's verslag only for a
 * paragraph, the owner only for a decision's text.
 */
public record Topic(LifeDomain domain) {
    public static final Topic GENERAL = new Topic(null);

    public static Topic of(LifeDomain domain, boolean general) {
        return general ? GENERAL : domain == null ? null : new Topic(domain);
    }

    public boolean general() {
        return domain == null;
    }

    /** ALGEMEEN first, then the leefgebieden in their order. */
    public static List<Topic> choices() {
        List<Topic> out = new ArrayList<>();
        out.add(GENERAL);
        for (LifeDomain d : LifeDomain.values()) {
            out.add(new Topic(d));
        }
        return out;
    }

    public String label() {
        return domain == null ? I18n.t("minutes.audience.general") : domain.label();
    }
}
