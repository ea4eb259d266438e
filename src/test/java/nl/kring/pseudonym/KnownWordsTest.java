package nl.kring.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What the vault itself knows is no possible name (issue 11): the words of the partners' names, of the meeting's place,
 * of the register's functions and of the vault's settings. A known first name or a name after a title or person word
 * still is one, whatever the partners are called.
 */
class KnownWordsTest {
    static final String TEXT = "Overleg in Rivierstad; hij zit bij vrienden in Dijkveen.";

    static List<String> suspects(Recognizer r, String text) {
        return r.recognize(text).suspects().stream().map(Suspect::text).toList();
    }

    @Test
    void withoutTheVaultsWordsThePlacesAreAskedAbout() {
        assertThat(suspects(Recognizer.builder().build(), TEXT)).containsExactly("Rivierstad", "Dijkveen");
        assertThat(suspects(Recognizer.builder().build(), "Gisteren belde Henk over de sleutel.")).containsExactly("Henk");
    }

    @Test
    void theVaultsOwnWordsAreNoPossibleNames() {
        Recognizer r = Recognizer.builder()
                .partnerNames(List.of("Gemeente Rivierstad, Wmo-loket", "Stichting Henk en Ingrid"))
                .knownTexts(List.of("wijkagent Dijkveen"))
                .build();
        assertThat(suspects(r, TEXT)).isEmpty();
        // a first name stays a possible name though a partner is named after one; so does a name after a person word
        assertThat(suspects(r, "Gisteren belde Henk over de sleutel.")).containsExactly("Henk");
        assertThat(suspects(r, "Gisteren belde buurman Dijkveen.")).isNotEmpty();
    }
}
