package nl.kring.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The contents of the ketenovereenkomst, the written agreement of the partners of the vangnetoverleg (handreiking
 * deel I §6 point 10): with what purpose they collect, process and exchange personal data; how they keep and secure
 * it; which rights the client has; how the reporting duty is met (now: datalekken under AVG art. 33-34); and, when
 * they agree on one, the organisation with the coordinating role. Point 10 also says the agreement must be available
 * to clients who ask for it, so it is printable ({@code kring documents}).
 *
 * <p>Texts are never null: a missing one is the default below. The coordinator's details may be null (not agreed
 * yet). {@code signedBy} holds partner ids of the register, in the order the chair ticked them.
 */
public record ChainAgreement(String purpose, String storage, String rights, String reporting, String coordinatorName,
                             String coordinatorFunction, String coordinatorContact, LocalDate signedOn,
                             List<String> signedBy) {
    public static final int MAX_TEXT = 4000;

    // Deel I §6 point 10, first bullet ("Met welk doel zij persoonsgegevens verzamelen, verwerken en uitwisselen"), in
    // the words of deel I §5 ("zo weinig informatie uitwisselt als kan en zoveel als nodig is") and point 3.
    public static final String DEFAULT_PURPOSE = "De deelnemende organisaties verzamelen, verwerken en wisselen "
            + "persoonsgegevens uit om mensen met ernstige problemen die zelf geen hulp vragen tijdig passende zorg te "
            + "bieden (bemoeizorg), en zo ernstig nadeel voor hun gezondheid te voorkomen. Zij wisselen zo weinig "
            + "gegevens uit als kan en zoveel als nodig is, alleen met de organisaties die voor de hulp aan de cliënt "
            + "nodig zijn. Uitgangspunt is dat de cliënt wordt geïnformeerd en om toestemming wordt gevraagd.";

    // Point 10, second bullet ("Hoe zij deze gegevens bewaren en beveiligen"), with point 8 (case numbers in the
    // verslagen) and point 9 (geheimhouding buiten de kring); the storage is what Kring does (docs/vault.md).
    public static final String DEFAULT_STORAGE = "De gegevens van het vangnetoverleg worden bewaard door de voorzitter, "
            + "in een versleutelde kluis op één computer, niet in een netwerk of in de cloud; alleen de voorzitter kent "
            + "het wachtwoord. Verslagen voor de partners noemen geen namen maar casusnummers, en bevatten alleen wat de "
            + "partner voor zijn taak nodig heeft. Wie wanneer welke gegevens kreeg, wordt vastgelegd. De deelnemers "
            + "houden de besproken gegevens geheim buiten de kring van organisaties die er aanspraak op kunnen maken.";

    // Point 10, third bullet ("recht op inzage, wijziging, kopie en verzoek om vernietiging van gegevens"); point 2
    // (the right to know that data is recorded, and for which organisation a hulpverlener works); objection: AVG art. 21.
    public static final String DEFAULT_RIGHTS = "De cliënt heeft het recht te weten dat er gegevens over hem worden "
            + "vastgelegd en voor welke organisatie een hulpverlener werkt. Hij heeft recht op inzage in en een kopie van "
            + "zijn gegevens, op correctie (wijziging) van onjuiste gegevens en op vernietiging van gegevens, en kan "
            + "bezwaar maken tegen het gebruik ervan. Een verzoek wordt binnen een maand beantwoord. Deze rechten worden "
            + "alleen tijdelijk beperkt als daar een evident belang voor is, en die beperking wordt regelmatig "
            + "geëvalueerd.";

    // Point 10, fourth bullet ("De wijze waarop zal worden voldaan aan de meldingsplicht krachtens de Wbp") and the
    // tien tips ("regel wie moet melden aan het College Bescherming Persoonsgegevens"): since the AVG, the duty to
    // report a datalek to the Autoriteit Persoonsgegevens (art. 33) and to the persons concerned (art. 34).
    public static final String DEFAULT_REPORTING = "Wie een datalek ontdekt (gegevens die kwijt zijn of bij iemand "
            + "terecht zijn gekomen die ze niet mocht hebben), meldt dat direct aan de coördinator. De coördinator "
            + "beoordeelt het lek samen met de betrokken partner, meldt het binnen 72 uur aan de Autoriteit "
            + "Persoonsgegevens als het een risico is voor de betrokkenen, en informeert de betrokkenen zelf als het risico "
            + "hoog is. Elk datalek wordt vastgelegd, ook als het niet gemeld hoeft te worden.";

    public ChainAgreement {
        purpose = orDefault(purpose, DEFAULT_PURPOSE);
        storage = orDefault(storage, DEFAULT_STORAGE);
        rights = orDefault(rights, DEFAULT_RIGHTS);
        reporting = orDefault(reporting, DEFAULT_REPORTING);
        coordinatorName = Contacts.blankToNull(coordinatorName);
        coordinatorFunction = Contacts.blankToNull(coordinatorFunction);
        coordinatorContact = Contacts.blankToNull(coordinatorContact);
        List<String> ids = new ArrayList<>();
        for (String id : signedBy == null ? List.<String>of() : signedBy) {
            String s = Contacts.blankToNull(id);
            if (s != null && !ids.contains(s)) {
                ids.add(s);
            }
        }
        signedBy = List.copyOf(ids);
    }

    /** The handreiking's defaults, no coordinator, not signed yet. */
    public static final ChainAgreement DEFAULT = new ChainAgreement(null, null, null, null, null, null, null, null,
            List.of());

    /** Whether a coordinator has been named. */
    public boolean hasCoordinator() {
        return coordinatorName != null || coordinatorFunction != null || coordinatorContact != null;
    }

    /** "M. Bos, privacyfunctionaris GGD, 088-…" (what is known; empty when nothing is). */
    public String coordinatorLine() {
        List<String> parts = new ArrayList<>();
        for (String s : new String[] {coordinatorName, coordinatorFunction, coordinatorContact}) {
            if (s != null) {
                parts.add(s);
            }
        }
        return String.join(", ", parts);
    }

    /** The signatories that are still in the register, in the agreement's order. */
    public List<Partner> signatories(List<Partner> register) {
        List<Partner> out = new ArrayList<>();
        for (String id : signedBy) {
            register.stream().filter(p -> p.id().equals(id)).findFirst().ifPresent(out::add);
        }
        return out;
    }

    private static String orDefault(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s.strip();
    }
}
