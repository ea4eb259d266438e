package nl.kring.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.kring.domain.Client;
import nl.kring.domain.Relative;

/**
 * Issue 12, third round: a client's name inside the proper name of a place or a company, an ordinary-word surname
 * opening a sentence about a thing, and an unknown person with a title. Each example failed on the engine before
 * the rule it tests; none is a sentence of the evaluation files.
 */
class PseudonymPlacesAndNamesakesTest {

    static final KnownClient HAAN = new KnownClient("2026-035", new Client("Arie", null, "de", "Haan", List.of(),
            null, null, null, null, List.of(), null, false));
    static final KnownClient HOEK = new KnownClient("2026-043", new Client("Daniël", "Daan", null, "Hoek", List.of(),
            null, null, null, null, List.of(), null, false));
    static final KnownClient BERGEN = new KnownClient("2026-060", new Client("Hanna", null, null, "Bergen", List.of(),
            null, null, null, null, List.of(), null, false));
    static final KnownClient LINDA = new KnownClient("2026-061", new Client("Linda", null, null, "Özkan", List.of(),
            null, null, null, null, List.of(new Relative("Ruud Özkan", "broer")), null, false));
    static final KnownClient VOS = new KnownClient("2026-062", new Client("Marja", null, null, "Vos", List.of(),
            null, null, null, null, List.of(), null, false));
    static final KnownClient SLAGER = new KnownClient("2026-063", new Client("Henk", null, null, "Slager", List.of(),
            null, null, null, null, List.of(), null, false));
    static final KnownClient HERSI = new KnownClient("2026-064", new Client("Abdullahi", null, null, "Hersi",
            List.of("Dahir"), null, null, null, null, List.of(), null, false));
    static final KnownClient BAKKER = PseudonymRecognizerTest.BAKKER;
    static final KnownClient BOS = PseudonymRecognizerTest.BOS;
    static final KnownClient POST = PseudonymWeakSpotsTest.POST;

    static final Recognizer R = Recognizer.builder().clients(List.of(HAAN, HOEK, BERGEN, LINDA, VOS, SLAGER, HERSI,
            BAKKER, BOS, POST)).professionals(List.of("M. Bos", "Ellen Kuipers")).build();

    static String p(String text) {
        return R.recognize(text).pseudonymized();
    }

    @Test
    void aClientsNameInsideALongerPlaceNameIsThePlace() {
        assertThat(p("Zij verhuist naar Bergen op Zoom.")).isEqualTo("Zij verhuist naar Bergen op Zoom.");
        assertThat(p("De veerboot vertrekt uit Hoek van Holland.")).isEqualTo("De veerboot vertrekt uit Hoek van Holland.");
        assertThat(p("Ze zijn een weekend in Bosch en Duin geweest.")).isEqualTo(
                "Ze zijn een weekend in Bosch en Duin geweest.");
    }

    @Test
    void theClientStaysTheClientNextToAPlace() {
        assertThat(p("Mevrouw Bergen verhuist naar Bergen op Zoom; Bergen belde gisteren.")).isEqualTo(
                "[cliënt 2026-060] verhuist naar Bergen op Zoom; [cliënt 2026-060] belde gisteren.");
        assertThat(p("Dhr. Hoek gaat naar Hoek van Holland.")).isEqualTo("[cliënt 2026-043] gaat naar Hoek van Holland.");
    }

    @Test
    void aSurnameThatIsAPlaceAfterInOrNaarIsThePlace() {
        assertThat(p("Hij fietst elke zondag naar Hoek.")).isEqualTo("Hij fietst elke zondag naar Hoek.");
        assertThat(p("Zij is geboren in Bergen.")).isEqualTo("Zij is geboren in Bergen.");
        // a person may be meant ("de brief gaat naar Hoek"): the chair is asked
        assertThat(R.recognize("Hij fietst elke zondag naar Hoek.").suspects()).extracting(Suspect::text)
                .containsExactly("Hoek");
        // not a place: the client
        assertThat(p("Hij stuurt een brief naar Bakker.")).isEqualTo("Hij stuurt een brief naar [cliënt 2026-020].");
    }

    @Test
    void aPlaceNameThatIsAClientsNameWithAGeographicPhraseIsThePlace() {
        assertThat(p("Vroeger ging zij elke zomer naar het strand; De Haan aan zee was haar lievelingsplek.")).isEqualTo(
                "Vroeger ging zij elke zomer naar het strand; De Haan aan zee was haar lievelingsplek.");
        assertThat(p("Hij kampeert in Hoek bij Terneuzen.")).isEqualTo("Hij kampeert in Hoek bij Terneuzen.");
        // a person on the phone is no place
        assertThat(p("De Haan aan de telefoon was boos.")).isEqualTo("[cliënt 2026-035] aan de telefoon was boos.");
    }

    @Test
    void aPlaceAdjectiveBeforeASurnameMakesAProperName() {
        assertThat(p("Hij slaapt soms in het Haagse Bos.")).isEqualTo("Hij slaapt soms in het Haagse Bos.");
        assertThat(p("Zij wandelt in het Utrechtse Bos.")).isEqualTo("Zij wandelt in het Utrechtse Bos.");
        // an adjective of origin is no place adjective: still the person
        assertThat(p("Zij sprak met de Turkse Vos van nummer 3.")).isEqualTo("Zij sprak met de Turkse [cliënt 2026-062] van nummer 3.");
    }

    @Test
    void aBusinessWordBeforeAClientsGivenName() {
        assertThat(p("Zij koopt haar brood bij Bakkerij De Linda.")).isEqualTo("Zij koopt haar brood bij Bakkerij De Linda.");
        assertThat(p("Hij werkt bij Kapsalon Linda.")).isEqualTo("Hij werkt bij Kapsalon Linda.");
        assertThat(p("Linda werkt bij de kapsalon.")).isEqualTo("[cliënt 2026-061] werkt bij de kapsalon.");
    }

    @Test
    void anOrdinaryWordSurnameBeforeAnUnknownCapitalisedWordIsABrandOrCompany() {
        assertThat(p("Zij haalt vlees bij Slager Sjaak.")).isEqualTo("Zij haalt vlees bij Slager Sjaak.");
        assertThat(p("Hij kocht een taart bij Bakker Brouwers om de hoek.")).isEqualTo(
                "Hij kocht een taart bij Bakker Brouwers om de hoek.");
        // a possible name for the chair: it may be a person written surname first
        assertThat(R.recognize("Zij haalt vlees bij Slager Sjaak.").suspects()).extracting(Suspect::text)
                .containsExactly("Slager Sjaak");
        // the client's own given name after the surname is the client
        assertThat(p("Slager Henk belde.")).doesNotContain("Slager").doesNotContain("Henk");
        assertThat(p("Volgens Slager gaat het goed.")).isEqualTo("Volgens [cliënt 2026-063] gaat het goed.");
    }

    @Test
    void anOrdinaryWordSurnameOpeningASentenceWithACopulaAndANounPhraseIsAThing() {
        assertThat(p("Post is een zorg: de brievenbus puilt uit.")).isEqualTo("Post is een zorg: de brievenbus puilt uit.");
        assertThat(p("Vos was het dier dat zij wilde tekenen.")).isEqualTo("Vos was het dier dat zij wilde tekenen.");
        assertThat(p("Bos is voor hem een veilige plek.")).isEqualTo("Bos is voor hem een veilige plek.");
        // still a question for the chair
        assertThat(R.recognize("Post is een zorg: de brievenbus puilt uit.").suspects()).extracting(Suspect::text)
                .containsExactly("Post");
        // a person: the verb is followed by what the person is or did
        assertThat(p("Post is opgenomen.")).isEqualTo("[cliënt 2026-033] is opgenomen.");
        assertThat(p("Vos was boos op de buren.")).isEqualTo("[cliënt 2026-062] was boos op de buren.");
    }

    @Test
    void aTitleWithTheBareSurnameOfAProfessionalIsAPossibleName() {
        Recognition rec = R.recognize("De buurvrouw, mevrouw Kuipers, heeft een sleutel.");
        assertThat(rec.pseudonymized()).isEqualTo("De buurvrouw, mevrouw Kuipers, heeft een sleutel.");
        assertThat(rec.suspects()).extracting(Suspect::text).contains("mevrouw Kuipers");
        // the professional written in full, or with the title of a profession, is the professional, no question
        assertThat(R.recognize("Ellen Kuipers neemt het over.").suspects()).isEmpty();
        assertThat(R.recognize("Het bezoek met dr. Kuipers ging goed.").suspects()).isEmpty();
    }

    @Test
    void anOrdinaryWordSurnameOpeningASentenceBeforeAWeakPastTenseIsAPerson() {
        // the verb list of the second round lacked these; a weak past tense (stem + -de/-te, stem + -en a verb) is one
        assertThat(p("Vos twijfelde lang over de verhuizing.")).isEqualTo("[cliënt 2026-062] twijfelde lang over de verhuizing.");
        assertThat(p("Post leefde jaren op straat.")).isEqualTo("[cliënt 2026-033] leefde jaren op straat.");
        assertThat(p("Bos fietste naar huis.")).isEqualTo("[cliënt 2026-021] fietste naar huis.");
        // not a verb form: still an ordinary word, a possible name
        assertThat(p("Post wordt niet meer geopend.")).isEqualTo("Post wordt niet meer geopend.");
        assertThat(p("Bos rond de flat is gekapt.")).isEqualTo("Bos rond de flat is gekapt.");
    }

    @Test
    void aSurnameBeforeVanDeAndAClubOrCongregationIsAPossibleName() {
        Recognition rec = R.recognize("Mevrouw Özkan van de Koerdische vereniging komt tolken.");
        assertThat(rec.pseudonymized()).isEqualTo("Mevrouw Özkan van de Koerdische vereniging komt tolken.");
        assertThat(rec.suspects()).extracting(Suspect::text).containsExactly("Mevrouw Özkan");
        assertThat(p("Dhr. Slager van de moskee belde.")).isEqualTo("Dhr. Slager van de moskee belde.");
    }

    @Test
    void anotherFirstNameBeforeAClientsSurnameIsSomeoneElseAndAPossibleName() {
        Recognition rec = R.recognize("Volgens Mustafa Özkan, een buurman, is het stil.");
        assertThat(rec.pseudonymized()).isEqualTo("Volgens Mustafa Özkan, een buurman, is het stil.");
        assertThat(rec.suspects()).extracting(Suspect::text).containsExactly("Mustafa Özkan");
        Recognition start = R.recognize("Gökhan Özkan van het buurthuis is geen familie.");
        assertThat(start.pseudonymized()).isEqualTo("Gökhan Özkan van het buurthuis is geen familie.");
        assertThat(start.suspects()).extracting(Suspect::text).contains("Gökhan Özkan");
        // the client's own given name, a registered relative, a title or an ordinary word before it: the client
        assertThat(p("Linda Özkan belde.")).isEqualTo("[cliënt 2026-061] belde.");
        assertThat(p("Ruud Özkan belde.")).isEqualTo("[broer van cliënt 2026-061] belde.");
        assertThat(p("Gisteren Özkan gesproken.")).isEqualTo("Gisteren [cliënt 2026-061] gesproken.");
        assertThat(p("Buurvrouw Özkan belde.")).isEqualTo("Buurvrouw [cliënt 2026-061] belde.");
        assertThat(p("Het Wmo Özkan-dossier is dicht.")).contains("[cliënt 2026-061]"); // a term of the field
    }

    @Test
    void aTitleWithASurnameOfNobodyOnTheAgendaIsAPossibleNameNotSilentlyKept() {
        // Jansen is no client and no professional here: left, and asked
        Recognition rec = R.recognize("Haar buurvrouw, mevrouw Jansen, heeft een sleutel.");
        assertThat(rec.pseudonymized()).isEqualTo("Haar buurvrouw, mevrouw Jansen, heeft een sleutel.");
        assertThat(rec.suspects()).extracting(Suspect::text).anyMatch(t -> t.contains("Jansen"));
        // one edit from a client's surname, with no professional of that name: the client (the safe side)
        Recognizer withJanssen = Recognizer.builder().clients(List.of(new KnownClient("2026-030", new Client("Petra",
                null, null, "Janssen", List.of(), null, null, null, null, List.of(), null, false)))).build();
        assertThat(withJanssen.recognize("Mevrouw Jansen belde.").pseudonymized()).isEqualTo("[cliënt 2026-030] belde.");
    }

    @Test
    void anotherFirstNameBeforeAClientsAliasIsSomeoneElseAndAPossibleName() {
        Recognition rec = R.recognize("Volgens Ayaan Dahir, een buurvrouw, is het stil.");
        assertThat(rec.pseudonymized()).isEqualTo("Volgens Ayaan Dahir, een buurvrouw, is het stil.");
        assertThat(rec.suspects()).extracting(Suspect::text).containsExactly("Ayaan Dahir");
        assertThat(p("Dahir belde; volgens Dahir is het stil.")).isEqualTo(
                "[cliënt 2026-064] belde; volgens [cliënt 2026-064] is het stil.");
        assertThat(p("Abdullahi Dahir Hersi belde.")).isEqualTo("[cliënt 2026-064] belde.");
    }
}
