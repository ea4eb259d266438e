package nl.kring.vault;

import com.nulabinc.zxcvbn.StandardDictionaries;
import com.nulabinc.zxcvbn.StandardKeyboards;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.ZxcvbnBuilder;
import com.nulabinc.zxcvbn.matchers.Dictionary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decides whether a passphrase is strong enough to protect special-category data: zxcvbn (with its Dutch
 * feedback) plus a list of common Dutch words and words of this field, score 3 of 4 and at least 12 characters.
 */
public final class PassphrasePolicy {
    public static final int MIN_LENGTH = 12;
    public static final int MIN_SCORE = 3;

    public record Assessment(int score, boolean acceptable, String reason, List<String> suggestions) {
    }

    private static volatile Zxcvbn zxcvbn;

    private PassphrasePolicy() {
    }

    private static Zxcvbn engine() {
        Zxcvbn z = zxcvbn;
        if (z == null) {
            synchronized (PassphrasePolicy.class) {
                if (zxcvbn == null) {
                    try {
                    List<Dictionary> dictionaries = new ArrayList<>(StandardDictionaries.loadAllDictionaries());
                    dictionaries.add(new Dictionary("dutch", dutchWords()));
                    zxcvbn = new ZxcvbnBuilder().dictionaries(dictionaries)
                            .keyboards(StandardKeyboards.loadAllKeyboards()).build();
                    } catch (IOException e) {
                        throw new IllegalStateException("zxcvbn dictionaries missing", e);
                    }
                }
                z = zxcvbn;
            }
        }
        return z;
    }

    private static List<String> dutchWords() {
        List<String> words = new ArrayList<>();
        try (var in = PassphrasePolicy.class.getResourceAsStream("dutch-words.txt");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank()) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("Dutch word list missing", e);
        }
        return words;
    }

    /** The reason and suggestions are in the given locale (Dutch or English). */
    public static Assessment assess(char[] passphrase, Locale locale) {
        if (passphrase.length == 0) {
            return new Assessment(0, false, dutch(locale) ? "Vul een wachtzin in." : "Enter a passphrase.", List.of());
        }
        // zxcvbn wipes what it measured: give it a copy, not the caller's passphrase.
        Strength s = engine().measure(CharBuffer.wrap(passphrase.clone()));
        try {
            int score = s.getScore();
            String warning = s.getFeedback().getWarning(locale);
            List<String> suggestions = s.getFeedback().getSuggestions(locale);
            if (passphrase.length < MIN_LENGTH) {
                return new Assessment(Math.min(score, 2), false, dutch(locale)
                        ? "Te kort: gebruik minstens " + MIN_LENGTH + " tekens, bij voorkeur een zin van vier of meer woorden."
                        : "Too short: use at least " + MIN_LENGTH + " characters, preferably a sentence of four or more words.",
                        suggestions);
            }
            if (score < MIN_SCORE) {
                String reason = warning != null && !warning.isBlank() ? warning
                        : dutch(locale) ? "Te makkelijk te raden." : "Too easy to guess.";
                return new Assessment(score, false, reason, suggestions);
            }
            return new Assessment(score, true, dutch(locale) ? "Sterk genoeg." : "Strong enough.", suggestions);
        } finally {
            s.wipe();
        }
    }

    private static boolean dutch(Locale locale) {
        return "nl".equals(locale.getLanguage());
    }
}
