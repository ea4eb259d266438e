package nl.kring.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A partner's own number for the client (issue 12): a GGD dossiernummer, a woningcorporatie's huurdersnummer, a
 * CJIB or police registration number. An identifier like the BSN: recognised in minutes, never in an export, shown in
 * the meeting only to the partner that issued it ({@link CaseViewer}).
 *
 * @param partnerId the partner of the register that issued the number
 * @param label     the partner's own word for it ("dossiernr.", "huurdersnummer"); may be null
 * @param number    the number as the partner writes it ("2024-0815", "48213", "GGD/12 345")
 */
public record FileNumber(String partnerId, String label, String number) {
    /** The longest number; a partner's numbers are short, a longer text is a typing mistake. */
    public static final int MAX_NUMBER = 40;
    public static final int MAX_LABEL = 60;
    /**
     * A number with fewer letters and digits than this is no identifier: "1234" would mask every year and amount of
     * that value in the minutes.
     */
    public static final int MIN_KEY = 5;

    /**
     * The letters and digits of a number, upper case, without spaces, dots, dashes, slashes or invisible characters:
     * "2024-0815", "2024 0815" and "20240815" have one key. Letters fold their diacritics away.
     */
    public static String key(String number) {
        if (number == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(number.length());
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') {
                sb.append(c);
            } else if (c >= 'a' && c <= 'z') {
                sb.append((char) (c - 32));
            } else if (Character.isDigit(c)) {
                sb.append((char) ('0' + Character.digit(c, 10))); // fullwidth and other scripts' digits
            } else if (Character.isLetter(c)) {
                String plain = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT);
                sb.append(plain);
            }
        }
        return sb.toString();
    }

    /** Whether the number holds a digit: a number without one ("onbekend") is no number. */
    public static boolean hasDigit(String number) {
        return number != null && number.chars().anyMatch(Character::isDigit);
    }

    /** The numbers issued by one partner, in order. */
    public static List<FileNumber> of(Collection<FileNumber> numbers, String partnerId) {
        List<FileNumber> out = new ArrayList<>();
        for (FileNumber f : numbers) {
            if (f.partnerId().equals(partnerId)) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * The problems of a client's list of numbers, each as {@code index: reason} with reason one of {@code partner}
     * (no partner), {@code empty}, {@code long}, {@code short} (fewer than {@link #MIN_KEY} letters and digits or no
     * digit), {@code label} (label too long), {@code duplicate} (the same partner and key as an earlier row). Empty:
     * all fine. The form and the import turn the reasons into their own words.
     */
    public static List<Problem> problems(List<FileNumber> numbers) {
        List<Problem> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < numbers.size(); i++) {
            FileNumber f = numbers.get(i);
            String n = f.number() == null ? "" : f.number().strip();
            if (f.partnerId() == null || f.partnerId().isBlank()) {
                out.add(new Problem(i, Reason.PARTNER));
            }
            if (n.isEmpty()) {
                out.add(new Problem(i, Reason.EMPTY));
            } else if (n.length() > MAX_NUMBER) {
                out.add(new Problem(i, Reason.LONG));
            } else if (key(n).length() < MIN_KEY || !hasDigit(n)) {
                out.add(new Problem(i, Reason.SHORT));
            } else if (!seen.add(f.partnerId() + "\u0000" + key(n))) {
                out.add(new Problem(i, Reason.DUPLICATE));
            }
            if (f.label() != null && f.label().strip().length() > MAX_LABEL) {
                out.add(new Problem(i, Reason.LABEL));
            }
        }
        return out;
    }

    public enum Reason { PARTNER, EMPTY, LONG, SHORT, DUPLICATE, LABEL }

    public record Problem(int index, Reason reason) {
    }
}
