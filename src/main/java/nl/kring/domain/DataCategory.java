package nl.kring.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A category of data a disclosure without consent can name besides the leefgebieden (issue 15, handreiking deel I §6
 * point 7: "in elk geval aangetekend welke informatie is verstrekt"): who the client is, which care providers are
 * involved, and information that came from the police (deel II §1).
 */
public enum DataCategory {
    IDENTITEITSGEGEVENS("Identiteitsgegevens"),
    CONTACT_HULPVERLENERS("Contact met hulpverleners"),
    POLITIEGEGEVENS("Informatie van de politie");

    private final String label;

    DataCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The stored and interchange form of a disclosure's categories: leefgebied keys, then these, comma-separated. */
    public static String codes(List<LifeDomain> domains, List<DataCategory> others) {
        List<String> out = new ArrayList<>();
        domains.forEach(d -> out.add(d.name()));
        others.forEach(o -> out.add(o.name()));
        return String.join(",", out);
    }

    /** The Dutch labels of a disclosure's categories, leefgebieden first. */
    public static List<String> labels(List<LifeDomain> domains, List<DataCategory> others) {
        List<String> out = new ArrayList<>();
        domains.forEach(d -> out.add(d.label()));
        others.forEach(o -> out.add(o.label()));
        return out;
    }

    /** A stored or interchange key: a leefgebied, one of these, or null when it is neither. */
    public static Object parse(String key) {
        for (LifeDomain d : LifeDomain.values()) {
            if (d.name().equals(key)) {
                return d;
            }
        }
        for (DataCategory c : values()) {
            if (c.name().equals(key)) {
                return c;
            }
        }
        return null;
    }
}
