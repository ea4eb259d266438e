package nl.kring.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.kring.domain.Client;
import nl.kring.domain.FileNumber;

/**
 * Issue 12, a partner's own number for the client given in the vault (a GGD dossiernummer "2024-0815", a
 * woningcorporatie's huurdersnummer "48213", a CJIB number "CJ-7731 204"): replaced in the minutes however it is
 * typed, and attributed to the client's case. Ordinary numbers, other numbers of the same shape and a number that
 * merely contains the client's stay as written.
 */
class PseudonymFileNumbersTest {
    static final Client JAN = new Client("Johannes", "Jan", "de", "Vries", List.of(), null, null, null, null,
            List.of(), null, false, List.of(new FileNumber("ggd", "dossiernr.", "2024-0815"),
                    new FileNumber("woco", "huurnummer", "48213"), new FileNumber("cjib", null, "CJ-7731 204")));
    static final Client FATMA = new Client("Fatma", null, null, "Yilmaz", List.of(), null, null, null, null,
            List.of(), null, false, List.of(new FileNumber("ggd", "dossiernr.", "2025/1177")));
    /** A number too short to be an identifier: it is kept but never masks "2024" or "€ 812". */
    static final Client SHORT = new Client("Kees", null, null, "Brink", List.of(), null, null, null, null,
            List.of(), null, false, List.of(new FileNumber("woco", null, "812")));

    static final Recognizer R = Recognizer.of(List.of(new KnownClient("2026-017", JAN),
            new KnownClient("2026-019", FATMA), new KnownClient("2026-020", SHORT)));

    static String p(String text) {
        return R.recognize(text).pseudonymized();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-0815", "2024 0815", "20240815", "2024.0815", "2024 - 0815", "2024/0815",
        "2024\u00a00815", "2024\u200b-0815", "2024\u00ad0815", "２０２４-０８１５"})
    void theGgdDossierNumberWithAndWithoutSeparatorsAndInvisibleOrFullwidthCharacters(String written) {
        assertThat(p("GGD dossiernr. " + written + " is bijgewerkt.")).isEqualTo("GGD dossiernr. [dossiernummer] is bijgewerkt.");
        assertThat(p("Zie " + written + ".")).isEqualTo("Zie [dossiernummer].");
    }

    @ParameterizedTest
    @ValueSource(strings = {"huurnummer 48213", "huurnummer: 48213", "huurnr.48213", "48213", "(48213)"})
    void theHuurnummerWithOrWithoutALabel(String written) {
        String out = p("De woco noemt " + written + " in de brief.");
        assertThat(out).doesNotContain("48213").contains("[dossiernummer]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CJ-7731 204", "cj7731204", "CJ 7731204", "CJ-7731-204", "\u0421J-7731 204"})
    void aNumberWithLettersInAnyCaseAndWithACyrillicLookAlike(String written) {
        assertThat(p("CJIB-nummer " + written + ", betaalregeling loopt.")).isEqualTo(
                "CJIB-nummer [dossiernummer], betaalregeling loopt.");
    }

    @Test
    void aLetterOfAnotherScriptThatLooksLikeNoLatinOneDoesNotLetTheNumberThrough() {
        // Cyrillic El and Greek Lambda in place of the J of "CJ-7731 204"
        assertThat(p("Nummer C\u041b-7731 204 en C\u03bb7731204.")).isEqualTo("Nummer [dossiernummer] en [dossiernummer].");
        assertThat(R.recognize("C\u041b-7731 204").mentions().getFirst().caseNumbers()).containsExactly("2026-017");
        // the same odd letter in an ordinary word changes nothing
        assertThat(p("Het \u041bied van 7731.")).isEqualTo("Het \u041bied van 7731.");
    }

    @Test
    void theMentionIsAttributedToTheClientsCase() {
        Recognition r = R.recognize("Dossiernr. 2025-1177 en huurnummer 48213.");
        assertThat(r.mentions()).extracting(Mention::kind).containsExactly(Kind.FILE_NUMBER, Kind.FILE_NUMBER);
        assertThat(r.mentions()).extracting(Mention::caseNumbers)
                .containsExactly(List.of("2026-019"), List.of("2026-017"));
        assertThat(r.replacements()).extracting(Replacement::original).containsExactly("2025-1177", "48213");
    }

    @Test
    void otherNumbersAndNumbersThatOnlyContainTheClientsStayAsWritten() {
        String text = "Huurachterstand € 812 sinds 2024; factuur 482131 en 148213, order X48213, 2024-08151, "
                + "dossier 2024-0816 van een ander, tel. 0815 en 12-03-2024.";
        assertThat(p(text)).isEqualTo(text);
        assertThat(R.recognize(text).mentions()).noneMatch(m -> m.kind() == Kind.FILE_NUMBER);
    }

    @Test
    void aNumberOverALineBreakIsTwoNumbers() {
        assertThat(p("nummer 2024\n0815")).isEqualTo("nummer 2024\n0815");
    }

    @Test
    void theNameBesideTheNumberIsStillTheClient() {
        assertThat(p("Jan de Vries (dossiernr 2024-0815) belde.")).isEqualTo("[cliënt 2026-017] (dossiernr [dossiernummer]) belde.");
    }

    @Test
    void theIncrementalRecogniserFindsItToo() {
        IncrementalRecognizer inc = R.incremental();
        inc.update("Eerste alinea.\n\nHuurnr 48");
        Recognition r = inc.update("Eerste alinea.\n\nHuurnr 48 213 klopt.");
        assertThat(r.pseudonymized()).isEqualTo("Eerste alinea.\n\nHuurnr [dossiernummer] klopt.");
    }

    @Test
    void theKeyIgnoresSeparatorsCaseAndScript() {
        assertThat(FileNumbers.key("cj-7731 204")).isEqualTo("CJ7731204");
        assertThat(FileNumbers.key("\u0421J\u200b-7731")).isEqualTo("CJ7731");
        assertThat(FileNumbers.key("２０２４/0815")).isEqualTo("20240815");
    }
}
