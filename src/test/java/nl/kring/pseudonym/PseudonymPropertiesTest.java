package nl.kring.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
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

    /** Long enough to be cut at sentence ends as well as at blank lines (IncrementalRecognizer.MAX_CHUNK). */
    @Provide
    Arbitrary<String> longTexts() {
        return Arbitraries.of(FRAGMENTS).list().ofMinSize(150).ofMaxSize(500).map(l -> String.join(" ", l));
    }

    /** The live recogniser the minutes editor runs equals recognising the whole text, after any edit. */
    @Property(tries = 300)
    void incrementalEqualsFullAfterAnyEdit(@ForAll("texts") String before, @ForAll("texts") String insert,
                                           @ForAll double where, @ForAll double removed) {
        assertLiveEqualsWhole(before, insert, where, removed);
    }

    @Property(tries = 40)
    void incrementalEqualsFullAfterAnyEditOfALongText(@ForAll("longTexts") String before, @ForAll("texts") String insert,
                                                      @ForAll double where, @ForAll double removed) {
        assertThat(IncrementalRecognizer.chunks(before).size()).isGreaterThan(1);
        assertLiveEqualsWhole(before, insert, where, removed);
    }

    /** Found by the property with a random seed: initials after a blank line took the word before it as a first name. */
    @Example
    void initialsAfterABlankLineDoNotLookAcrossIt() {
        String text = "mevrouw Özdemir \n\n J.De melder belde gisteren.P. De melder belde gisteren. Jan de Vries Peter";
        assertThat(R.incremental().update(text)).isEqualTo(R.recognize(text));
        String before = "mevrouw Özdemir \n\n J.P. De melder belde gisteren. Jan de Vries Peter";
        IncrementalRecognizer live = R.incremental();
        live.update(before);
        String after = before.substring(0, 21) + "De melder belde gisteren." + before.substring(21);
        assertThat(live.update(after)).isEqualTo(R.recognize(after));
    }

    private static void assertLiveEqualsWhole(String before, String insert, double where, double removed) {
        IncrementalRecognizer live = R.incremental();
        assertThat(live.update(before)).isEqualTo(R.recognize(before));
        int at = (int) (Math.abs(where) % 1.0 * before.length());
        int end = at + (int) (Math.abs(removed) % 1.0 * Math.min(40, before.length() - at));
        String after = before.substring(0, at) + insert + before.substring(end);
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

    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(60);
        Arbitrary<String> pieces = Arbitraries.of(FRAGMENTS);
        Arbitrary<String> odd = Arbitraries.of("O\u0308zdemir", "\uD83D\uDE00", "\u200B", "\u00A0", "\r\n", "\t", "'", "’s",
                "-", "-\n", ".", "J.", "+31", "(0)", "06-", "12-", "maart", "\uFEFF", "𝓙𝓪𝓷", "İstanbul", "ß");
        return Arbitraries.oneOf(unicode, pieces, odd).list().ofMaxSize(30).map(l -> String.join("", l));
    }

    @Property(tries = 1000)
    void anyTextIsHandled(@ForAll("anyText") String text) {
        Recognition rec = R.recognize(text);
        for (Mention m : rec.mentions()) {
            assertThat(m.start()).isBetween(0, text.length());
            assertThat(m.end()).isBetween(m.start() + 1, text.length());
        }
        for (Suspect s : rec.suspects()) {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        }
        assertThat(rec.pseudonymized()).isNotNull();
    }

    @Property(tries = 50)
    void decomposedDiacriticsAreFolded(@ForAll("texts") String around) {
        String text = around + " Mevrouw O\u0308zdemir belde. ";
        assertThat(R.recognize(text).pseudonymized()).doesNotContain("zdemir");
    }
}
