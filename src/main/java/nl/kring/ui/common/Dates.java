package nl.kring.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

/**
 * Dates as the chair types them: {@code 12-03-1984} (also {@code 12-3-1984}, {@code 12/03/1984}, {@code 1984-03-12}).
 * Parsing is strict, so {@code 31-02-2026} is an error, never quietly 28 February.
 */
public final class Dates {
    public static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final List<DateTimeFormatter> INPUT = List.of(
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT));

    private Dates() {
    }

    /** The outcome of reading a date field: empty, a date, or text that is no date. */
    public record Parsed(LocalDate date, boolean invalid) {
        public static final Parsed EMPTY = new Parsed(null, false);
        public static final Parsed INVALID = new Parsed(null, true);

        public boolean isEmpty() {
            return date == null && !invalid;
        }
    }

    public static Parsed parse(String text) {
        if (text == null || text.isBlank()) {
            return Parsed.EMPTY;
        }
        String t = text.strip();
        for (DateTimeFormatter f : INPUT) {
            try {
                LocalDate d = LocalDate.parse(t, f);
                if (d.getYear() < 1850 || d.getYear() > 2200) {
                    return Parsed.INVALID;
                }
                return new Parsed(d, false);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Parsed.INVALID;
    }

    public static String format(LocalDate d) {
        return d == null ? "" : DISPLAY.format(d);
    }

    /** "do 26 november 2026" in the UI language. */
    public static String longFormat(LocalDate d) {
        return d == null ? "" : DateTimeFormatter.ofPattern("EEE d MMMM uuuu", I18n.locale()).format(d);
    }

    /** "donderdag 26 november 2026". */
    public static String fullFormat(LocalDate d) {
        return d == null ? "" : DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", I18n.locale()).format(d);
    }

    public static Locale locale() {
        return I18n.locale();
    }
}
