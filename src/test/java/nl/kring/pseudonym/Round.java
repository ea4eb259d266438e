package nl.kring.pseudonym;

import java.util.List;

/**
 * One round of the recogniser's examples (issue 12) over its recogniser: what a text becomes, and the possible names
 * it leaves to the chair. Shared by the Pseudonym*RoundTest classes (issue 16).
 */
record Round(Recognizer recognizer) {
    /** The text as it leaves the vault. */
    String p(String text) {
        return recognizer.recognize(text).pseudonymized();
    }

    /** The possible names the chair judges, as written. */
    List<String> suspects(String text) {
        return recognizer.recognize(text).suspects().stream().map(Suspect::text).toList();
    }
}
