package nl.kring.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.kring.domain.Client;
import nl.kring.domain.Relative;

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

    // ---- issue 11, wired into the exports: no false "[melder]" for professionals, partners and ordinary words

    @Test
    void aMelderWhoIsARegisteredProfessionalStaysThatProfessional() {
        // the demo's melders are mostly partner professionals: "R. Kok" of the housing corporation is R. Kok in every
        // item, not "[melder]" in another case's minutes
        Recognizer r = Recognizer.builder().clients(List.of(DE_VRIES))
                .partnerNames(List.of("Woonstichting Het Dak", "Huisartsenpraktijk De Linde"))
                .melder("2026-001", "R. Kok", "Woonstichting Het Dak")
                .melder("2026-002", "dr. E. van Leeuwen", "Huisartsenpraktijk De Linde")
                .professionals(List.of("R. Kok", "E. van Leeuwen")).build();
        String text = "R. Kok belde; Kok stuurt een aanmaning namens Woonstichting Het Dak. Dr. Van Leeuwen en "
                + "huisarts Van Leeuwen van Huisartsenpraktijk De Linde zien hem.";
        assertThat(r.recognize(text).pseudonymized()).isEqualTo(text);
        assertThat(r.recognize(text).mentions()).isEmpty();
        assertThat(NameWords.isProfessional("dr. E. van Leeuwen", List.of("E. van Leeuwen"))).isTrue();
        assertThat(NameWords.isProfessional("Ans Kwakkelstein", List.of("P. Kwakkelstein"))).isFalse();
        assertThat(NameWords.isProfessional("Ans Kwakkelstein", List.of("Kwakkelstein"))).isFalse();
        assertThat(NameWords.isProfessional("Kwakkelstein", List.of("A. Kwakkelstein"))).isFalse();
    }

    @Test
    void aNamePartSharedWithAnotherProfessionalIsForTheChairToJudge() {
        // P. Kwakkelstein of the GGZ is not the melder Ans Kwakkelstein: a bare "Kwakkelstein" may be either, so it is
        // neither "[melder]" (perhaps false) nor left readable (perhaps the melder), but a possible name
        Recognizer r = Recognizer.builder().clients(List.of(BEN))
                .melder("2026-012", "Ans Kwakkelstein", "Bewonerscommissie Zonnehof")
                .professionals(List.of("P. Kwakkelstein")).build();
        Recognition bare = r.recognize("Kwakkelstein belde opnieuw.");
        assertThat(bare.mentions()).isEmpty();
        assertThat(bare.suspects()).extracting(Suspect::text).containsExactly("Kwakkelstein");
        // the professional in full stays, the melder in full and by first name is the melder
        assertThat(r.recognize("P. Kwakkelstein (GGZ) neemt contact op.").pseudonymized())
                .isEqualTo("P. Kwakkelstein (GGZ) neemt contact op.");
        assertThat(r.recognize("P. Kwakkelstein neemt contact op.").suspects()).isEmpty();
        assertThat(r.recognize("Ans Kwakkelstein belde, Ans ook.").pseudonymized()).isEqualTo("[melder] belde, [melder] ook.");
        assertThat(r.recognize("Psychiater Kwakkelstein ziet hem.").pseudonymized()).isEqualTo("Psychiater Kwakkelstein ziet hem.");
    }

    @Test
    void aMelderOrganisationThatIsAPartnerStaysThePartnerAndOrdinaryWordsNameNobody() {
        Recognizer r = Recognizer.builder().clients(List.of(DE_VRIES))
                .partnerNames(List.of("Politie basisteam Rivierstad-Oost", "Gemeente Rivierstad, Wmo-loket"))
                .melder("2026-003", "H. Dijkstra", "Politie basisteam Rivierstad-Oost")
                .melder("2026-011", "F. El Amrani", "Gemeente Rivierstad, Wmo-loket")
                .melder("2026-012", "Afdeling bijzondere klanten", "Rivierenergie")
                .melder("2026-014", "Anonieme melder", null).build();
        String kept = "Politie basisteam Rivierstad-Oost en het Wmo-loket van Gemeente Rivierstad overleggen. "
                + "Afdeling schuldhulp neemt het over; bijzondere klanten krijgen voorrang. De melder is onbekend.";
        assertThat(r.recognize(kept).pseudonymized()).isEqualTo(kept);
        // a melder that is no partner and no professional is masked, name and organisation
        assertThat(r.recognize("Rivierenergie dreigt af te sluiten; Dijkstra belde.").pseudonymized())
                .isEqualTo("[melder] dreigt af te sluiten; [melder] belde.");
    }

    @Test
    void aClientsNameStaysTheClientsAndAMelderWhoIsARelativeIsTheMelder() {
        // melder P. Kortenhoeve of another case shares Ben's surname: the client's name is the client's
        Recognizer r = Recognizer.builder().clients(List.of(BEN, DE_VRIES))
                .melder("2026-017", "P. Kortenhoeve", null).build();
        assertThat(r.recognize("Kortenhoeve belde.").pseudonymized()).isEqualTo("[cliënt 2026-012] belde.");
        // the sister who reported: one marker, the melder's
        KnownClient ayse = new KnownClient("2026-031", new Client("Ayse", null, null, "Kaya", List.of(), null, null,
                null, null, List.of(new Relative("Elif Kaya", "zus")), null, false));
        Recognizer s = Recognizer.builder().clients(List.of(ayse)).melder("2026-031", "Elif Kaya", null).build();
        assertThat(s.recognize("Volgens Elif hoort Ayse stemmen.").pseudonymized())
                .isEqualTo("Volgens [melder] hoort [cliënt 2026-031] stemmen.");
    }

    @Test
    void theMeetingsLocationIsAPlaceNotTheMelder() {
        // the meeting is held in Buurthuis Zonnehof: its words are a place every reader knows
        Recognizer r = Recognizer.builder().clients(List.of(BEN))
                .melder("2026-012", "Ans Kwakkelstein", "Bewonerscommissie Zonnehof")
                .places(List.of("Buurthuis Zonnehof, zaal 1")).build();
        assertThat(r.recognize("Buurthuis Zonnehof, zaal 1").pseudonymized()).isEqualTo("Buurthuis Zonnehof, zaal 1");
        // the organisation in full is still the melder
        assertThat(r.recognize("De Bewonerscommissie Zonnehof stuurde een brief.").pseudonymized())
                .isEqualTo("De [melder] stuurde een brief.");
    }

    @Test
    void aPossibleNameBeforeAMelderIsNotDroppedWithIt() {
        // "Hazelaar" (also an ordinary word) opening a sentence is a possible name; the melder's organisation after
        // it ("van Oosterwei") used to swallow it, so the client's surname went out unmasked and unflagged
        KnownClient dirk = new KnownClient("2026-202", new Client("Dirk", null, null, "Hazelaar", List.of(), null, null,
                null, null, List.of(), null, false));
        Recognizer r = Recognizer.builder().clients(List.of(dirk))
                .melder("2026-201", "Truus Wolkenveld", "Stichting Buurtkracht Oosterwei").build();
        Recognition rec = r.recognize("Hazelaar van Oosterwei zag hem.");
        assertThat(rec.pseudonymized()).isEqualTo("Hazelaar van [melder] zag hem.");
        assertThat(rec.suspects()).extracting(Suspect::text).containsExactly("Hazelaar");
    }
}
