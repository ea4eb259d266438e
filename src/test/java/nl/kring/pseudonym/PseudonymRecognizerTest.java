package nl.kring.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.kring.domain.Client;
import nl.kring.domain.Relative;

/** One test per variant class of issue 3, on a small agenda. */
class PseudonymRecognizerTest {

    static final KnownClient DE_VRIES = new KnownClient("2026-017", new Client("Johannes Petrus", "Jan", "de", "Vries",
            List.of("Hansje"), LocalDate.of(1984, 3, 12), "111222333", "Kerkstraat 12, 3511 AB Utrecht", "06-12345678",
            List.of(new Relative("Peter de Vries", "zoon"), new Relative("Truus", "moeder")), null, false));
    static final KnownClient OZDEMIR = new KnownClient("2026-018", new Client("Ayşe", null, null, "Özdemir", List.of(),
            null, null, null, "030-2345678", List.of(), null, false));
    static final KnownClient VISSER = new KnownClient("2026-019", new Client("Maria Johanna", "Ria", null,
            "Visser-de Jong", List.of(), null, null, null, null, List.of(new Relative("Kees Visser", "echtgenoot")),
            null, false));
    static final KnownClient BAKKER = new KnownClient("2026-020", new Client("Gerrit", null, null, "Bakker", List.of(),
            null, null, null, null, List.of(), null, false));
    static final KnownClient BOS = new KnownClient("2026-021", new Client("Jan Willem", "Jan", null, "Bos", List.of(),
            null, null, null, null, List.of(), null, false));
    static final KnownClient MOL = new KnownClient("2026-023", new Client("Wilhelmina", "Mien", null, "Mol", List.of(),
            null, null, null, null, List.of(), null, false));

    static final Recognizer R = Recognizer.builder()
            .clients(List.of(DE_VRIES, OZDEMIR, VISSER, BAKKER, BOS, MOL))
            .professionals(List.of("M. Bos", "Fenna Jansen", "Thomas Visscher"))
            .build();

    static String p(String text) {
        return R.recognize(text).pseudonymized();
    }

    @Nested
    class Names {
        @ParameterizedTest
        @ValueSource(strings = {"Johannes Petrus de Vries", "Jan de Vries", "Johannes", "Hansje", "De Vries",
            "de Vries", "DE VRIES", "Vries", "VRIES", "dhr. De Vries", "mw. de Vries", "mevr. De Vries",
            "meneer De Vries", "mevrouw de Vries", "de heer De Vries", "J.P. de Vries", "J. de Vries", "J.P. De Vries",
            "Vries, J.P. de", "De Vries, Jan", "Vries, J. de", "Devries", "DEVRIES", "Jan Vries", "J. P. de Vries",
            "Johanes", "Jhoannes", "Vreis", "Dhr. de\nVries", "Jan de\nVries"})
        void deVriesInAnyForm(String form) {
            assertThat(p("Gesproken met " + form + " over de huur.")).isEqualTo(
                    "Gesproken met [cliënt 2026-017] over de huur.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Johannes'", "De Vries'", "Hansjes", "Hansje's", "Vries'", "DE VRIES'"})
        void possessives(String form) {
            assertThat(p("Dat is " + form + " fiets.")).isEqualTo("Dat is [cliënt 2026-017] fiets.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Jans", "Jan's"})
        void possessiveOfAnAmbiguousName(String form) {
            assertThat(p("Dat is " + form + " fiets.")).isEqualTo("Dat is [cliënt 2026-017/2026-021] fiets.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Özdemir", "Ozdemir", "OZDEMIR", "özdemir", "Özdemirs", "Ayse", "Ayşe Özdemir",
            "mw. Ozdemir", "Ozdemri", "Ozdemier"})
        void diacriticsAndTypos(String form) {
            assertThat(p("Volgens de school is " + form + " ziek.")).isEqualTo(
                    "Volgens de school is [cliënt 2026-018] ziek.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Visser-de Jong", "Visser-De Jong", "mevrouw Visser", "mw. De Jong", "De Jong",
            "Visser", "Ria", "Maria Johanna Visser-de Jong", "Vissre-de Jong", "mevrouw Visser-de Jong"})
        void doubleAndMarriedNames(String form) {
            assertThat(p("Daarna belde " + form + " terug.")).isEqualTo("Daarna belde [cliënt 2026-019] terug.");
        }

        @Test
        void nameBrokenWithAHyphenOverALineEnd() {
            assertThat(p("Gesproken met mw. Özde-\nmir en met dhr. Bak-\nker.")).isEqualTo(
                    "Gesproken met [cliënt 2026-018] en met [cliënt 2026-020].");
        }

        @Test
        void relatives() {
            assertThat(p("Zijn zoon Peter de Vries belde. Peter en Truus komen ook. P. de Vries stuurde een mail."))
                    .isEqualTo("Zijn zoon [zoon van cliënt 2026-017] belde. [zoon van cliënt 2026-017] en "
                            + "[moeder van cliënt 2026-017] komen ook. [zoon van cliënt 2026-017] stuurde een mail.");
            assertThat(p("Haar man Kees Visser is opgenomen.")).isEqualTo(
                    "Haar man [echtgenoot van cliënt 2026-019] is opgenomen.");
        }

        @Test
        void ambiguousFirstNameIsReplacedAndMarked() {
            Recognition rec = R.recognize("Jan belde.");
            assertThat(rec.pseudonymized()).isEqualTo("[cliënt 2026-017/2026-021] belde.");
            assertThat(rec.mentions().get(0).ambiguous()).isTrue();
            assertThat(rec.mentions().get(0).caseNumbers()).containsExactly("2026-017", "2026-021");
            // the surname settles it
            assertThat(p("Jan Bos belde, Jan de Vries niet.")).isEqualTo("[cliënt 2026-021] belde, [cliënt 2026-017] niet.");
        }

        @Test
        void offsetsPointAtTheMention() {
            String text = "Met mevrouw Visser-de Jong gesproken.";
            Mention m = R.recognize(text).mentions().get(0);
            assertThat(text.substring(m.start(), m.end())).isEqualTo("mevrouw Visser-de Jong");
            assertThat(m.kind()).isEqualTo(Kind.CLIENT_NAME);
            assertThat(m.targets()).containsExactly(new Target("2026-019", null));
        }
    }

    @Nested
    class LeftAlone {
        @ParameterizedTest
        @ValueSource(strings = {"Hij haalt brood bij de bakker op de hoek.", "Ze sliep in het bos.",
            "Zijn vader was visser.", "Het is een jong gezin.", "De tuin ligt vol mollen.", "Er zit een mol in de tuin.",
            "De bakkers in de wijk doen mee.", "Het overleg is op 12 maart 2027.", "Een bedrag van € 111,22.",
            "Casus 2026-017 is besproken.", "De vergadering was in Utrecht.", "Zie dossiernummer 1112223334.",
            "Het oude adres Kerkstraat 14 is van de buren.", "De Jan van Galenstraat is afgesloten.",
            "Aanwezig: M. Bos, Fenna Jansen en Thomas Visscher.", "Hij woonde vroeger in Vries."})
        void ordinaryWordsAndOtherThings(String text) {
            assertThat(R.recognize(text).mentions()).isEmpty();
        }

        @Test
        void unknownPersonsBecomeSuspects() {
            Recognition rec = R.recognize("De melding kwam van buurman Henk Smit; de huisarts, dr. Pieters, weet ervan.");
            assertThat(rec.mentions()).isEmpty();
            assertThat(rec.suspects()).extracting(Suspect::text).containsExactly("Henk Smit", "dr. Pieters");
        }

        @Test
        void unknownPhoneNumberIsASuspectNotAReplacement() {
            Recognition rec = R.recognize("Bel het meldpunt op 030-6305400.");
            assertThat(rec.mentions()).isEmpty();
            assertThat(rec.suspects()).extracting(Suspect::text).containsExactly("030-6305400");
        }
    }

    @Nested
    class Identifiers {
        @ParameterizedTest
        @ValueSource(strings = {"111222333", "111 222 333", "111.222.333", "111-222-333", "1112 22 333"})
        void bsnInAnyGrouping(String bsn) {
            assertThat(p("BSN " + bsn + ".")).isEqualTo("BSN [BSN].");
        }

        @ParameterizedTest
        @ValueSource(strings = {"12-03-1984", "12/3/1984", "12 maart 1984", "1984-03-12", "12.03.1984", "12 mrt. 1984",
            "12-3-84"})
        void birthDateInDutchFormats(String date) {
            assertThat(p("Geboren " + date + " te Utrecht.")).isEqualTo("Geboren [geboortedatum] te Utrecht.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"06-12345678", "06 1234 5678", "+31 6 12345678", "0612345678", "06 12 34 56 78",
            "+31 (0)6 12345678", "0031 6 12345678"})
        void phoneInAnyGrouping(String phone) {
            assertThat(p("Tel. " + phone + ".")).isEqualTo("Tel. [telefoon].");
        }

        @Test
        void landlineWithSpacedDash() {
            assertThat(p("Tel. 030 - 2345678.")).isEqualTo("Tel. [telefoon].");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Kerkstraat 12", "Kerkstraat 12, 3511 AB Utrecht", "kerkstraat 12 Utrecht",
            "Kerkstr. 12", "Kerkstraat 12, 3511AB"})
        void address(String address) {
            assertThat(p("Hij woont op " + address + ".")).isEqualTo("Hij woont op [adres cliënt 2026-017].");
        }
    }

    @Test
    void incrementalEqualsFullRecognition() {
        IncrementalRecognizer inc = R.incremental();
        String text = "Mw. Özdemir belde.\n\nJan de Vries kwam niet.\n\nBuurman Henk Smit belde 06-12345678.";
        assertThat(inc.update(text)).isEqualTo(R.recognize(text));
        String edited = text.replace("kwam niet", "kwam wel");
        assertThat(inc.update(edited)).isEqualTo(R.recognize(edited));
        String typing = edited + "\n\nDaarna Hans";
        assertThat(inc.update(typing)).isEqualTo(R.recognize(typing));
        assertThat(inc.update(typing + "je")).isEqualTo(R.recognize(typing + "je"));
    }
}
