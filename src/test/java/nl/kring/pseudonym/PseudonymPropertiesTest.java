package nl.kring.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import nl.kring.domain.Client;

/** Properties over generated texts on the evaluation agenda. */
class PseudonymPropertiesTest {

    static final Recognizer R = EvalCorpus.recognizer();
    static final List<KnownClient> CLIENTS = EvalCorpus.clients().clients();

    static final List<String> FRAGMENTS = List.of("De melder belde gisteren.", "Er is een huurachterstand.",
            "Jan de Vries", "mevrouw Özdemir", "de bakker op de hoek", "Peter", "06-12345678", "Kerkstraat 12",
            "\n\n", "\n", "Visser-de Jong", "buurman Henk Smit", "12 maart 1984", "Besluit: huisbezoek.", " ", ", ",
            "dhr. Bos", "Bouzidi", "Ver-\nmeulen", "in het bos", "Mien", "J.P.", "Kees", "Amrani");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(FRAGMENTS).list().ofMinSize(1).ofMaxSize(40).map(l -> String.join(" ", l));
    }

    @Property(tries = 300)
    void incrementalEqualsFullAfterAnyEdit(@ForAll("texts") String before, @ForAll("texts") String insert,
                                           @ForAll double where) {
        IncrementalRecognizer live = R.incremental();
        assertThat(live.update(before)).isEqualTo(R.recognize(before));
        int at = (int) (Math.abs(where) % 1.0 * before.length());
        String after = before.substring(0, at) + insert + before.substring(at);
        assertThat(live.update(after)).isEqualTo(R.recognize(after));
    }

    @Property(tries = 300)
    void mentionsAreSortedDisjointAndInsideTheText(@ForAll("texts") String text) {
        Recognition rec = R.recognize(text);
        int end = 0;
        for (Mention m : rec.mentions()) {
            assertThat(m.start()).isGreaterThanOrEqualTo(end);
            assertThat(m.end()).isGreaterThan(m.start()).isLessThanOrEqualTo(text.length());
            end = m.end();
        }
    }

    @Provide
    Arbitrary<String> clientMentions() {
        Arbitrary<KnownClient> client = Arbitraries.of(CLIENTS);
        Arbitrary<Integer> form = Arbitraries.integers().between(0, 5);
        Arbitrary<Boolean> caps = Arbitraries.of(true, false);
        return Combinators.combine(client, form, caps).as((kc, f, upper) -> {
            Client c = kc.client();
            String prefix = c.prefix() == null ? "" : c.prefix() + " ";
            String first = c.firstNames().split(" ")[0];
            String name = switch (f) {
                case 0 -> first + " " + prefix + c.surname();
                case 1 -> "mevrouw " + prefix + c.surname();
                case 2 -> "dhr. " + first.charAt(0) + ". " + prefix + c.surname();
                case 3 -> prefix + c.surname() + ", " + first;
                case 4 -> c.firstNames() + " " + prefix + c.surname();
                default -> "de heer " + prefix + c.surname();
            };
            return upper ? name.toUpperCase(Locale.ROOT) : name;
        });
    }

    @Property(tries = 500)
    void aClientsFullNameNeverSurvives(@ForAll("clientMentions") String name, @ForAll("texts") String around,
                                       @ForAll double where) {
        int at = (int) (Math.abs(where) % 1.0 * around.length());
        // keep the name a separate word
        String text = around.substring(0, at) + " " + name + " " + around.substring(at);
        String out = R.recognize(text).pseudonymized();
        assertThat(out).as(text).doesNotContain(" " + name + " ");
        assertThat(out.toLowerCase(Locale.ROOT)).as(text).doesNotContain(" " + name.toLowerCase(Locale.ROOT) + " ");
    }
}
