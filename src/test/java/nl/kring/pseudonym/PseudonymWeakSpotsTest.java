package nl.kring.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.kring.domain.Client;
import nl.kring.domain.Relative;

/** Issue 12's weak-spot categories, one small example each (the evaluation set has more). */
class PseudonymWeakSpotsTest {

    static final KnownClient POST = new KnownClient("2026-033", new Client("Wouter", null, null, "Post", List.of(),
            LocalDate.of(1987, 5, 9), null, "Lange Nieuwstraat 112-II, 3512 PN Utrecht", "06-19283746", List.of(),
            null, false));
    static final KnownClient BOS = PseudonymRecognizerTest.BOS;
    static final KnownClient BAKKER = PseudonymRecognizerTest.BAKKER;
    static final KnownClient VISSER = PseudonymRecognizerTest.VISSER;
    static final KnownClient DAM = new KnownClient("2026-036", new Client("Johanna", "Joke", null, "Dam", List.of(),
            null, null, null, null, List.of(new Relative("Quirijn Dam", "zoon")), null, false));

    static final Recognizer R = Recognizer.builder().clients(List.of(POST, BOS, BAKKER, VISSER, DAM))
            .professionals(List.of("Sanne Mulder")).build();

    static String p(String text) {
        return R.recognize(text).pseudonymized();
    }

    @Test
    void aSurnameThatIsAWordPlaceOrBusinessNeedsAPersonContext() {
        assertThat(p("Post wordt niet meer geopend.")).isEqualTo("Post wordt niet meer geopend.");
        assertThat(R.recognize("Post wordt niet meer geopend.").suspects()).extracting(Suspect::text).containsExactly("Post");
        assertThat(p("Post belde zelf.")).isEqualTo("[cliënt 2026-033] belde zelf.");
        assertThat(p("Hij werkt bij Bakkerij Bos.")).isEqualTo("Hij werkt bij Bakkerij Bos.");
        assertThat(p("We spraken af op de Dam.")).isEqualTo("We spraken af op de Dam.");
        assertThat(p("Zij woont in Bos en Lommer.")).isEqualTo("Zij woont in Bos en Lommer.");
        assertThat(p("Gesprek met mevrouw Dam en Bos.")).isEqualTo("Gesprek met [cliënt 2026-036] en [cliënt 2026-021].");
    }

    @Test
    void aProfessionalsRoleBeforeABareSurname() {
        assertThat(p("Huisarts Visser meldt dat mw. Visser niet kwam.")).isEqualTo(
                "Huisarts Visser meldt dat [cliënt 2026-019] niet kwam.");
    }

    @Test
    void aProfessionalByWhatFollowsTheName() {
        assertThat(p("Mevrouw Bakker van de sociale dienst belde; mevrouw Bakker zelf niet.")).isEqualTo(
                "Mevrouw Bakker van de sociale dienst belde; [cliënt 2026-020] zelf niet.");
        assertThat(p("Wouter (GGD) kent Wouter van de crisisdienst.")).isEqualTo(
                "Wouter (GGD) kent [cliënt 2026-033] van de crisisdienst.");
    }

    @Test
    void initialsInEveryForm() {
        assertThat(p("GB kwam niet; G.B. ook niet.")).isEqualTo("[cliënt 2026-020] kwam niet; [cliënt 2026-020] ook niet.");
        assertThat(p("JW Bos belde.")).isEqualTo("[cliënt 2026-021] belde.");
        assertThat(p("MJ Visser tekende.")).isEqualTo("[cliënt 2026-019] tekende.");
    }

    @Test
    void initialsChooseBetweenTwoClientsWithOneSurname() {
        KnownClient other = new KnownClient("2026-040", new Client("Hendrik Jan", null, null, "Bakker", List.of(), null,
                null, null, null, List.of(), null, false));
        Recognizer r = Recognizer.builder().clients(List.of(BAKKER, other)).build();
        assertThat(r.recognize("HJ Bakker en G. Bakker kwamen; Bakker belde.").pseudonymized()).isEqualTo(
                "[cliënt 2026-040] en [cliënt 2026-020] kwamen; [cliënt 2026-020/2026-040] belde.");
    }

    @Test
    void identifierFormats() {
        assertThat(p("Adres: Lange Nieuwstraat 112-2, postcode 3512 pn.")).isEqualTo(
                "Adres: [adres cliënt 2026-033], postcode [adres cliënt 2026-033].");
        assertThat(p("Bel (06)19283746 of 0031 6 19283746.")).isEqualTo("Bel [telefoon] of [telefoon].");
    }

    @Test
    void eMailAddressesAsAWhole() {
        Recognition rec = R.recognize("Mail van wouter.post87@hotmail.com en van info@bakkerij.nl.");
        assertThat(rec.pseudonymized()).isEqualTo("Mail van [e-mail] en van info@bakkerij.nl.");
        assertThat(rec.mentions().get(0).kind()).isEqualTo(Kind.EMAIL);
        assertThat(rec.mentions().get(0).caseNumbers()).containsExactly("2026-033");
        assertThat(rec.suspects()).extracting(Suspect::text).containsExactly("info@bakkerij.nl");
        // a professional's own address is left alone
        assertThat(R.recognize("Via sanne.mulder@ggd.nl.").suspects()).isEmpty();
    }

    @Test
    void spellingVariantsAndDiminutives() {
        assertThat(p("Mevrouw De Jongh is verhuisd.")).isEqualTo("[cliënt 2026-019] is verhuisd.");
        assertThat(p("Haar zoon heet thuis Quirijntje.")).isEqualTo("Haar zoon heet thuis [zoon van cliënt 2026-036].");
    }
}
