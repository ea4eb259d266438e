package nl.kring.domain;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules for a partner id, which becomes a file name ({@code <id>.pdf}, {@code <id>-uitnodiging.pdf}) in every
 * export: on a disk that ignores letter case (Windows, macOS) two ids that differ only in case, or an id equal to a
 * report of the export ({@code verslag}, {@code rooster}), would overwrite each other's file; a Windows device name
 * ({@code CON}, {@code NUL}, {@code COM1} …, also with an extension) cannot be a file at all. Used by the import and the
 * partner register screen.
 */
public final class PartnerIds {
    public static final int MAX_LENGTH = 64;
    /** Letters, digits, '.', '_' and '-'; starting with a letter or digit, not ending with '.'. */
    public static final Pattern SAFE = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9._-]{0,62}[A-Za-z0-9_-])?");
    /** The names of the files an export writes besides the partners' reports (compared ignoring case). */
    public static final Set<String> REPORT_NAMES = Set.of("verslag", "rooster", "uitnodiging");
    /** Suffixes the export adds to a partner id: an id ending in one would take another partner's file. */
    public static final Set<String> REPORT_SUFFIXES = Set.of("-uitnodiging");
    private static final Pattern DEVICE = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9]|conin\\$|conout\\$)");

    public enum Problem {
        EMPTY,
        /** Characters other than letters, digits, '.', '_', '-', or too long. */
        CHARACTERS,
        /** The name of a report the export writes. */
        REPORT_NAME,
        /** A Windows device name. */
        DEVICE_NAME,
        /** Another partner has the same id, ignoring letter case. */
        TAKEN
    }

    private PartnerIds() {
    }

    /** What is wrong with {@code id} beside the {@code others} (the ids of the other partners); empty when it may be used. */
    public static Optional<Problem> problem(String id, Collection<String> others) {
        if (id == null || id.isBlank()) {
            return Optional.of(Problem.EMPTY);
        }
        if (id.length() > MAX_LENGTH || !SAFE.matcher(id).matches()) {
            return Optional.of(Problem.CHARACTERS);
        }
        String lower = id.toLowerCase(Locale.ROOT);
        if (DEVICE.matcher(id.contains(".") ? id.substring(0, id.indexOf('.')) : id).matches()) {
            return Optional.of(Problem.DEVICE_NAME);
        }
        if (REPORT_NAMES.contains(lower) || REPORT_SUFFIXES.stream().anyMatch(lower::endsWith)) {
            return Optional.of(Problem.REPORT_NAME);
        }
        if (others != null && others.stream().anyMatch(o -> o != null && o.equalsIgnoreCase(id))) {
            return Optional.of(Problem.TAKEN);
        }
        return Optional.empty();
    }

    /** A plain English line for the command line and the import. */
    public static String describe(Problem p, String id) {
        return switch (p) {
            case EMPTY -> "the partner id is empty";
            case CHARACTERS -> id + " is not a valid id (letters, digits, '.', '_' or '-', at most " + MAX_LENGTH
                    + " characters, not ending with '.')";
            case REPORT_NAME -> id + " is the name of a report the export writes (" + String.join(", ",
                    REPORT_NAMES.stream().sorted().toList()) + "; or ends with -uitnodiging)";
            case DEVICE_NAME -> id + " is a Windows device name and cannot be a file name";
            case TAKEN -> id + " is already used by another partner (letter case does not count)";
        };
    }
}
