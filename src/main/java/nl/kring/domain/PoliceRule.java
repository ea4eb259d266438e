package nl.kring.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which roles read information that came from the police (issue 15). Handreiking deel II §1: politieregisters fall
 * outside the Wbp (today: the Wet politiegegevens, not the AVG); deel II §4.5: police officers have their own secrecy
 * (Wet politieregisters) and the keten makes agreements about breaking it. A leefgebied note or minutes paragraph
 * marked "van de politie" is therefore shown only to the roles the keten agreed, stored as a vault rule; the chair,
 * who keeps the record, always reads it. Every role of an audience must be agreed (the strictest wins, as in the
 * matrix): one person in the room outside the agreement hides it from the projector.
 */
public record PoliceRule(Set<Role> roles) {
    /** The vault setting holding the agreed roles, comma-separated (empty: nobody but the chair). */
    public static final String SETTING = "legal.policeRoles";
    /** Until the keten agrees otherwise: the police and the chair. */
    public static final PoliceRule DEFAULT = new PoliceRule(EnumSet.of(Role.POLITIE));

    public PoliceRule {
        roles = roles == null || roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    /**
     * Whether an audience reads police information.
     *
     * @param readerRoles null for the chair (always); an empty group reads nothing
     */
    public boolean admits(Collection<Role> readerRoles) {
        if (readerRoles == null) {
            return true;
        }
        return !readerRoles.isEmpty() && roles.containsAll(readerRoles);
    }

    /** The stored form: the role names in enum order, comma-separated; empty for nobody but the chair. */
    public String code() {
        List<String> names = new ArrayList<>();
        for (Role r : Role.values()) {
            if (roles.contains(r)) {
                names.add(r.name());
            }
        }
        return String.join(",", names);
    }

    /**
     * The rule of a stored value: null (never set) gives {@link #DEFAULT}, an empty text nobody but the chair.
     *
     * @throws IllegalArgumentException for a name that is not a role
     */
    public static PoliceRule parse(String code) {
        if (code == null) {
            return DEFAULT;
        }
        Set<Role> out = EnumSet.noneOf(Role.class);
        for (String part : code.split(",")) {
            String name = part.strip();
            if (!name.isEmpty()) {
                out.add(Role.valueOf(name));
            }
        }
        return new PoliceRule(out);
    }
}
