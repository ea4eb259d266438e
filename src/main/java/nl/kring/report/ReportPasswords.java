package nl.kring.report;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * Passwords for partner reports. The chair passes a password to the partner by another channel (a phone call),
 * so a generated one must be easy to read aloud: no look-alike characters, in groups of four.
 */
public final class ReportPasswords {
    /** Below this a PDF password falls to guessing offline in hours; AES-256 does not help a short password. */
    public static final int MIN_LENGTH = 12;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"; // no i, l, o, 0, 1
    private static final int GROUPS = 4;

    private ReportPasswords() {
    }

    /** Four groups of four characters (about 79 bits), e.g. {@code k7mp-x2qd-9hra-tw4e}. */
    public static String generate(SecureRandom random) {
        StringBuilder b = new StringBuilder(GROUPS * 5);
        for (int g = 0; g < GROUPS; g++) {
            if (g > 0) {
                b.append('-');
            }
            for (int i = 0; i < 4; i++) {
                b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return b.toString();
    }

    /** Why a password typed by the chair cannot be used, or empty when it can. */
    public static Optional<String> problem(String password) {
        if (password == null || password.isBlank()) {
            return Optional.of("empty");
        }
        if (password.strip().length() < MIN_LENGTH) {
            return Optional.of("short");
        }
        return Optional.empty();
    }
}
