package nl.kring.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.kring.domain.Client;

/**
 * Issue 11, the recogniser's part: the melder recognised like a client, generic role words never a name, invisible
 * and look-alike characters, and a lone surname of someone unknown flagged for the chair.
 */
class PseudonymMelderAndHiddenTextTest {

    static final KnownClient BEN = new KnownClient("2026-012", new Client("Bernardus", "Ben", null, "Kortenhoeve",
            List.of(), null, null, null, null, List.of(), null, false));
    static final KnownClient DE_VRIES = PseudonymRecognizerTest.DE_VRIES;

    static final Recognizer R = Recognizer.builder()
            .clients(List.of(BEN, DE_VRIES))
            .melder("2026-012", "Ans Kwakkelstein", "Bewonerscommissie Zonnehof")
            .melder("2026-017", "Buurvrouw", "Wijkagent")
            .professionals(List.of("Fenna Jansen"))
            .build();

    static String p(String text) {
        return R.recognize(text).pseudonymized();
    }

    @Test
    void everyPartOfTheMelderNameIsMasked() {
        assertThat(p("Kwakkelstein belde opnieuw.")).isEqualTo("[melder] belde opnieuw.");
        assertThat(p("Volgens Ans was het weer onrustig.")).isEqualTo("Volgens [melder] was het weer onrustig.");
        assertThat(p("Mevrouw Kwakkelstein belde.")).isEqualTo("[melder] belde.");
        assertThat(p("Ans Kwakkelstein belde.")).isEqualTo("[melder] belde.");
        assertThat(R.recognize("Kwakkelstein belde.").mentions().get(0).kind()).isEqualTo(Kind.MELDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00a0", "\u2007", "\u202f", "  ", "\t", "\u2009"})
    void theMelderNameWithAnyWhiteSpaceBetween(String space) {
        assertThat(p("Ans" + space + "Kwakkelstein belde.")).isEqualTo("[melder] belde.");
    }

    @Test
    void partsOfTheMelderOrganisationAreMasked() {
        assertThat(p("De Bewonerscommissie Zonnehof stuurde een brief.")).isEqualTo("De [melder] stuurde een brief.");
        assertThat(p("Iemand van Zonnehof stuurde een brief.")).isEqualTo("Iemand van [melder] stuurde een brief.");
        // a generic word of the organisation alone says nothing about who
        assertThat(p("Er is geen bewonerscommissie in dat blok.")).isEqualTo("Er is geen bewonerscommissie in dat blok.");
    }

    @Test
    void aLoneInitialAfterATitleIsNeverTheMelder() {
        // "mr. B." is not "Bewonerscommissie Zonnehof", "mevrouw K." not Ans Kwakkelstein: an initial is no part of
        // the name, and taking it would make every titled initial of the vault a melder
        Recognizer r = Recognizer.builder().clients(List.of(DE_VRIES))
                .melder("2026-012", "Ans Kwakkelstein", "Bewonerscommissie Zonnehof")
                .melder("2026-013", "N. Verbeek", null).build();
        String text = "De mentor, mr. B. Hoekstra, belde; mevrouw K. ook.";
        assertThat(r.recognize(text).pseudonymized()).isEqualTo(text);
        assertThat(r.recognize(text).mentions()).isEmpty();
        // the client's own shorthand ("Mw. V." for De Vries) stays the client's alone, not also melder Verbeek
        assertThat(r.recognize("Mw. V. belde.").pseudonymized()).isEqualTo("[cliënt 2026-017] belde.");
        // the melder's name itself still is the melder
        assertThat(r.recognize("Mevrouw Kwakkelstein belde, N. Verbeek ook.").pseudonymized())
                .isEqualTo("[melder] belde, [melder] ook.");
    }

    @Test
    void roleWordsAreNeverANameWhateverTheMelderFieldSays() {
        String text = "De buurvrouw belde, de Buurvrouw van boven ook. De wijkagent kwam langs.";
        assertThat(p(text)).isEqualTo(text);
        assertThat(R.recognize(text).mentions()).isEmpty();
    }

    @Test
    void theTownWhereAClientLivesIsNotTheMelderButTheOrganisationIs() {
        KnownClient sanne = new KnownClient("2026-006", new Client("Sanne", null, null, "Meijer", List.of(), null, null,
                "Kastanjelaan 15, 4253 BK Dijkveen", null, List.of(), null, false));
        Recognizer r = Recognizer.builder().clients(List.of(sanne))
                .melder("2026-006", null, "Dijkveen College (zorgcoördinator)").build();
        // the town is a place, left for the chair to judge (a possible name), never "[melder]"
        Recognition town = r.recognize("Zij woont met haar moeder in Dijkveen.");
        assertThat(town.pseudonymized()).isEqualTo("Zij woont met haar moeder in Dijkveen.");
        assertThat(town.suspects()).extracting(Suspect::text).containsExactly("Dijkveen");
        // the organisation, with or without its bracketed part, is the melder
        assertThat(r.recognize("Het Dijkveen College belde.").pseudonymized()).isEqualTo("Het [melder] belde.");
        assertThat(r.recognize("Het Dijkveen College (zorgcoördinator) belde.").pseudonymized()).startsWith("Het [melder]");
    }

    @Test
    void aRoleWordAfterANameIsASurname() {
        Recognizer r = Recognizer.builder().clients(List.of(DE_VRIES)).melder("2026-017", "Ans Buurman", null).build();
        assertThat(r.recognize("Ans Buurman belde, mevrouw Buurman ook.").pseudonymized())
                .isEqualTo("[melder] belde, [melder] ook.");
        assertThat(r.recognize("De buurman belde. Buurman Henk ook.").mentions()).isEmpty();
    }

    @Test
    void aGivenNameThatIsAnOrdinaryWordStaysAWordInLowerCase() {
        // issue 11: "'ik ben niet gek'" became "'ik [cliënt 2026-012] niet gek'"
        assertThat(p("Hij zei: 'ik ben niet gek'.")).isEqualTo("Hij zei: 'ik ben niet gek'.");
        assertThat(p("\u2018Ik ben niet gek\u2019, zei Ben.")).isEqualTo("\u2018Ik ben niet gek\u2019, zei [cliënt 2026-012].");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u200b", "\u200c", "\u200d", "\u00ad", "\u2060", "\ufeff", "\u202e", "\u2066"})
    void invisibleCharactersInsideANameDoNotHideIt(String invisible) {
        String text = "Jan de Vr" + invisible + "ies belde, en Kort" + invisible + "enhoeve ook.";
        String out = p(text);
        assertThat(out).isEqualTo("[cliënt 2026-017] belde, en [cliënt 2026-012] ook.");
    }

    @Test
    void invisibleCharactersAreRemovedFromTheOutput() {
        assertThat(p("Het\u200b gesprek\u00ad verliep\u2060 rustig.")).isEqualTo("Het gesprek verliep rustig.");
        assertThat(NameWords.withoutInvisible("a\u200bb\u00adc")).isEqualTo("abc");
    }

    @Test
    void lookAlikeLettersFoldToLatin() {
        // Cyrillic о and а, Greek ο
        assertThat(p("Jan de Vries\u2009en Kortenh\u043eeve, V\u0440ies, K\u03bfrtenhoeve.")).isEqualTo(
                "[cliënt 2026-017]\u2009en [cliënt 2026-012], [cliënt 2026-017], [cliënt 2026-012].");
    }

    @Test
    void aWordMixingScriptsIsAPossibleName() {
        Recognition rec = R.recognize("Gesprek met Smitt\u0430 over de huur.");
        assertThat(rec.suspects()).extracting(Suspect::text).containsExactly("Smitt\u0430");
    }

    @Test
    void aLoneSurnameOfSomeoneUnknownIsAPossibleName() {
        Recognition rec = R.recognize("Volgens Smit is er een huurachterstand.");
        assertThat(rec.suspects()).extracting(Suspect::text).containsExactly("Smit");
        assertThat(R.recognize("Yilmaz belde gisteren terug.").suspects()).extracting(Suspect::text)
                .containsExactly("Yilmaz");
        // a place or a thing, not a person
        assertThat(R.recognize("We spraken af op de Dam bij het paleis.").suspects()).isEmpty();
        assertThat(R.recognize("Groen licht van de gemeente.").suspects()).isEmpty();
    }
}
