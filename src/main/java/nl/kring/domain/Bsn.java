package nl.kring.domain;

/** Burgerservicenummer checks. */
public final class Bsn {
    private Bsn() {
    }

    /** Strips the grouping people type (spaces, dots, dashes). */
    public static String normalize(String raw) {
        return raw == null ? null : raw.replaceAll("[\\s.\\-]", "");
    }

    /** True when the value is nine digits that pass the 11-proef (weights 9..2 and -1). */
    public static boolean isValid(String raw) {
        String bsn = normalize(raw);
        if (bsn == null || !bsn.matches("\\d{9}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (bsn.charAt(i) - '0');
        }
        sum -= bsn.charAt(8) - '0';
        return sum % 11 == 0 && !bsn.equals("000000000");
    }
}
