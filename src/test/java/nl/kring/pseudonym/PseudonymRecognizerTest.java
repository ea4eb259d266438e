package nl.kring.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

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
