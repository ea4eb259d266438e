package nl.kring.domain;

import java.time.LocalDate;

/**
 * An action agreed in a meeting, owned by a partner, optionally with a leefgebied ({@code category}) or ALGEMEEN
 * ({@code general}). Who reads its text is decided by {@link NeedToKnow#actionVisible}. {@code police} marks an action
 * whose text carries information from the police (issue 15): on top of the rules above, only an audience all of whose
 * roles the {@link PoliceRule} admits reads it, the owner included (the chair always).
 */
public record Decision(String action, String owner, LocalDate due, LifeDomain category, boolean general,
                       boolean police) {

    public Decision {
        if (category != null && general) {
            throw new IllegalArgumentException("a decision is for a leefgebied or ALGEMEEN, not both");
        }
    }

    public Decision(String action, String owner, LocalDate due, LifeDomain category, boolean general) {
        this(action, owner, due, category, general, false);
    }

    /** A decision without category: its text reaches only its owner (and the chair). */
    public Decision(String action, String owner, LocalDate due) {
        this(action, owner, due, null, false);
    }

    /** The stored and interchange form: the leefgebied's key, {@code ALGEMEEN}, or null. */
    public String categoryCode() {
        return Categories.code(category, general);
    }

    public Decision withAction(String newAction) {
        return new Decision(newAction, owner, due, category, general, police);
    }

    /** The same decision, marked (or no longer marked) as information from the police. */
    public Decision withPolice(boolean fromPolice) {
        return new Decision(action, owner, due, category, general, fromPolice);
    }
}
