package nl.kring.domain;

import java.util.Collection;

/**
 * The one place that decides what a group of roles may see under a matrix. A group sees the strictest of its
 * members' visibilities: in a room, what anyone may not see, nobody is shown.
 */
public final class Visibilities {
    private Visibilities() {
    }

    /** GEEN for an empty group: nobody checked, nothing shown. */
    public static Visibility of(RelevanceMatrix matrix, Collection<Role> roles, LifeDomain domain) {
        if (roles.isEmpty()) {
            return Visibility.GEEN;
        }
        Visibility result = Visibility.VOLLEDIG;
        for (Role role : roles) {
            result = result.strictest(matrix.get(role, domain));
        }
        return result;
    }

    /** As {@link NeedToKnow#mayRead}: unclassified never, ALGEMEEN always, a leefgebied where it is VOLLEDIG. */
    public static boolean mayRead(RelevanceMatrix matrix, Collection<Role> roles, MinutesParagraph paragraph) {
        return NeedToKnow.mayRead(matrix, roles, paragraph);
    }
}
