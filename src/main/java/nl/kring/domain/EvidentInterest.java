package nl.kring.domain;

/**
 * What an evident belang is (handreiking deel I §6 point 3 and deel II §5). The guideline gives the frame; each keten
 * writes down its own wording ("Bepaal samen met ketenpartners wat een evident belang is", tien tips), kept in the
 * vault's settings under {@link #SETTING} and printed in the verslag's legal section.
 */
public final class EvidentInterest {
    /** The vault setting that holds the keten's own wording. */
    public static final String SETTING = "legal.evidentInterestDefinition";
    public static final int MAX_LENGTH = 4000;

    /**
     * The handreiking's definition, in its words (deel I §6 point 3, deel II §5.1): an urgent health interest of the
     * client, possibly combined with serious nuisance for others; nuisance alone is not enough.
     */
    public static final String GUIDELINE = "Het gaat altijd om een dringend gezondheidsbelang van de cliënt, al dan niet "
            + "gecombineerd met ernstige overlast die deze cliënt voor anderen veroorzaakt: ernstig nadeel voor de "
            + "gezondheidstoestand van de cliënt, of de reële vrees daarvoor. Dringend wil zeggen: het hoeft niet acuut te "
            + "zijn. Overlast alleen is geen evident belang.";

    private EvidentInterest() {
    }
}
