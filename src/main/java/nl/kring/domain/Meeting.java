package nl.kring.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A vangnetoverleg: its date identifies it. Items are in agenda order. */
public record Meeting(LocalDate date, String location, LocalTime start, List<String> present,
                      List<AgendaItem> items) {
    public static final LocalTime DEFAULT_START = LocalTime.of(9, 0);

    public Meeting {
        present = present == null ? List.of() : List.copyOf(present);
        items = items == null ? List.of() : List.copyOf(items);
        if (start == null) {
            start = DEFAULT_START;
        }
    }
}
