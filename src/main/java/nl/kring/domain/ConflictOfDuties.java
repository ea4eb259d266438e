package nl.kring.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The six conditions under which breaking professional secrecy on the ground of a conflict van plichten is careful
 * (handreiking deel II §4.5). Each holds a short text saying how the condition was met. The handreiking adds that
 * the conflict van plichten "biedt geen algemene grondslag voor gegevensuitwisseling zonder toestemming in een
 * vangnetoverleg": it is an exception for one professional's dilemma, which the form says in words.
 */
public record ConflictOfDuties(String consentSought, String seriousHarmToOther, String dilemma, String noOtherWay,
                               String harmPrevented, String minimalBreach) {

    /** The conditions in the handreiking's order; {@code key} is the interchange field. */
    public enum Condition {
        CONSENT_SOUGHT("consentSought", "Alles is in het werk gesteld om toestemming van de cliënt te krijgen."),
        SERIOUS_HARM_TO_OTHER("seriousHarmToOther", "De geheimhouding levert ernstige schade voor een ander op."),
        DILEMMA("dilemma", "De zwijgplicht brengt de hulpverlener in gewetensnood."),
        NO_OTHER_WAY("noOtherWay", "Er is geen andere manier om het probleem op te lossen dan door het geheim te doorbreken."),
        HARM_PREVENTED("harmPrevented", "Het is vrijwel zeker dat door geheimdoorbreking schade aan een ander wordt voorkomen."),
        MINIMAL_BREACH("minimalBreach", "Het geheim wordt zo min mogelijk geschonden.");

        private final String key;
        private final String wording;

        Condition(String key, String wording) {
            this.key = key;
            this.wording = wording;
        }

        public String key() {
            return key;
        }

        /** The handreiking's own wording of the condition (deel II §4.5). */
        public String wording() {
            return wording;
        }
    }

    /** Deel II §4.5, last paragraph, in the handreiking's words. */
    public static final String NO_GENERAL_GROUND = "Een conflict van plichten kan in het kader van bemoeizorg aan de orde "
            + "komen, maar het biedt geen algemene grondslag voor gegevensuitwisseling zonder toestemming in een "
            + "vangnetoverleg.";

    public String text(Condition c) {
        return switch (c) {
            case CONSENT_SOUGHT -> consentSought;
            case SERIOUS_HARM_TO_OTHER -> seriousHarmToOther;
            case DILEMMA -> dilemma;
            case NO_OTHER_WAY -> noOtherWay;
            case HARM_PREVENTED -> harmPrevented;
            case MINIMAL_BREACH -> minimalBreach;
        };
    }

    /** The conditions without a text. */
    public List<Condition> missing() {
        List<Condition> out = new ArrayList<>();
        for (Condition c : Condition.values()) {
            String t = text(c);
            if (t == null || t.isBlank()) {
                out.add(c);
            }
        }
        return out;
    }

    public static ConflictOfDuties of(Map<Condition, String> texts) {
        return new ConflictOfDuties(texts.get(Condition.CONSENT_SOUGHT), texts.get(Condition.SERIOUS_HARM_TO_OTHER),
                texts.get(Condition.DILEMMA), texts.get(Condition.NO_OTHER_WAY), texts.get(Condition.HARM_PREVENTED),
                texts.get(Condition.MINIMAL_BREACH));
    }
}
