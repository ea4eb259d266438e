package nl.kring.agenda;

import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import nl.kring.domain.Meeting;

/**
 * The output of {@code kring agenda} (docs/product.md, command-line contract).
 *
 * <p>Text: one line per item, {@code HH:MM  <case number>  <partner ids of its kring>}, columns separated by two
 * spaces, the partner ids by one space in the case's kring order; then {@code visits: N}. Every line ends with
 * {@code \n}.
 *
 * <p>JSON: {@code {"items": [{"case": "2026-017", "start": "09:00", "partners": ["woco-dak", "ggd-vangnet"]}],
 * "visits": 3}} on one line, followed by {@code \n}.
 */
public final class AgendaFormat {
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private AgendaFormat() {
    }

    /** The text output for the meeting in its stored order. */
    public static String text(Meeting meeting, Map<String, ? extends Collection<String>> kringByCase) {
        return text(Schedule.of(meeting, kringByCase));
    }

    /** The JSON output for the meeting in its stored order. */
    public static String json(Meeting meeting, Map<String, ? extends Collection<String>> kringByCase) {
        return json(Schedule.of(meeting, kringByCase));
    }

    public static String text(Schedule schedule) {
        StringBuilder sb = new StringBuilder();
        for (Schedule.ScheduledItem item : schedule.items()) {
            sb.append(HH_MM.format(item.start())).append("  ").append(item.caseNumber()).append("  ")
                    .append(String.join(" ", item.partners())).append('\n');
        }
        return sb.append("visits: ").append(schedule.visits()).append('\n').toString();
    }

    public static String json(Schedule schedule) {
        StringBuilder sb = new StringBuilder("{\"items\": [");
        List<Schedule.ScheduledItem> items = schedule.items();
        for (int i = 0; i < items.size(); i++) {
            Schedule.ScheduledItem item = items.get(i);
            if (i > 0) {
                sb.append(", ");
            }
            sb.append("{\"case\": ").append(quote(item.caseNumber()))
                    .append(", \"start\": ").append(quote(HH_MM.format(item.start())))
                    .append(", \"partners\": [");
            for (int p = 0; p < item.partners().size(); p++) {
                if (p > 0) {
                    sb.append(", ");
                }
                sb.append(quote(item.partners().get(p)));
            }
            sb.append("]}");
        }
        return sb.append("], \"visits\": ").append(schedule.visits()).append("}\n").toString();
    }

    /** A JSON string literal (RFC 8259 escaping). */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
