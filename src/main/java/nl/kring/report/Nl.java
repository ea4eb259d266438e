package nl.kring.report;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dutch wording and formats shared by the reports (partners read Dutch; see docs/reports.md). */
final class Nl {
    static final Locale LOCALE = Locale.of("nl", "NL");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", LOCALE);
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", LOCALE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", LOCALE);

    static final String CONFIDENTIAL_PARTNER =
            "Geheimhouding buiten de kring (handreiking bemoeizorg, punt 9). Niet doorsturen; vernietigen als het niet meer nodig is.";
    static final String CONFIDENTIAL_CHAIR =
            "Archiefexemplaar van de voorzitter. Geheimhouding buiten de kring (handreiking bemoeizorg, punt 9).";

    private Nl() {
    }

    static String date(LocalDate d) {
        return d == null ? "onbekend" : DATE.format(d);
    }

    static String longDate(LocalDate d) {
        return d == null ? "onbekend" : LONG_DATE.format(d);
    }

    static String time(LocalTime t) {
        return TIME.format(t);
    }

    static String span(LocalTime from, LocalTime to) {
        return time(from) + "–" + time(to);
    }

    /** The scale of the leefgebieden: 1 acuut … 5 volledig zelfredzaam. */
    static String score(Integer score) {
        if (score == null) {
            return "–";
        }
        return score + " · " + switch (score) {
            case 1 -> "acuut";
            case 2 -> "niet zelfredzaam";
            case 3 -> "beperkt zelfredzaam";
            case 4 -> "voldoende zelfredzaam";
            default -> "volledig zelfredzaam";
        };
    }

    static String orDash(String s) {
        return s == null || s.isBlank() ? "–" : s.strip();
    }

    static String yesNo(Boolean b) {
        return b == null ? "onbekend" : b ? "ja" : "nee";
    }
}
