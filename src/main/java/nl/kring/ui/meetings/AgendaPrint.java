package nl.kring.ui.meetings;

import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.Meeting;
import nl.kring.report.ReportSchedule;
import nl.kring.ui.common.Dates;
import nl.kring.ui.common.I18n;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The agenda and the rooster of a meeting as one printable page (issue 14): times, case numbers and partner codes
 * only, never a client's name, since a printout leaves the vault.
 */
final class AgendaPrint {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private AgendaPrint() {
    }

    /** The schedule of the agenda as planned on screen. */
    static ReportSchedule schedule(LocalDate date, LocalTime start, List<AgendaRow> rows) {
        Map<String, List<String>> kring = new LinkedHashMap<>();
        rows.forEach(r -> kring.put(r.caseNumber(), r.kring()));
        Meeting m = new Meeting(date, null, start, List.of(), rows.stream().map(r -> new AgendaItem(r.caseNumber(),
                r.durationProperty().get(), List.of(), List.of(), List.of())).toList());
        return ReportSchedule.compute(m, kring::get);
    }

    static VBox build(LocalDate date, String location, LocalTime start, List<AgendaRow> rows) {
        ReportSchedule s = schedule(date, start, rows);
        Label title = new Label(I18n.t("print.agenda.title", Dates.format(date),
                location == null || location.isBlank() ? "–" : location.strip()));
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 1.3em;");
        GridPane agenda = new GridPane();
        agenda.setHgap(14);
        agenda.setVgap(3);
        agenda.addRow(0, bold(I18n.t("print.time")), bold(I18n.t("print.case")), bold(I18n.t("print.kring")));
        int row = 1;
        for (int i = 0; i < s.slots().size(); i++) {
            ReportSchedule.Slot slot = s.slots().get(i);
            agenda.addRow(row++, new Label(span(slot.start(), slot.end())), new Label(slot.caseNumber()),
                    new Label(String.join(", ", rows.get(i).kring())));
        }
        GridPane rooster = new GridPane();
        rooster.setHgap(14);
        rooster.setVgap(3);
        rooster.addRow(0, bold(I18n.t("print.partner")), bold(I18n.t("print.inOut")), bold(I18n.t("print.cases")));
        row = 1;
        for (var e : s.visits().entrySet()) {
            for (ReportSchedule.Visit v : e.getValue()) {
                rooster.addRow(row++, new Label(e.getKey()), new Label(span(v.in(), v.out())),
                        new Label(String.join(", ", v.caseNumbers())));
            }
        }
        Label visits = new Label(I18n.t("print.visits", s.totalVisits()));
        VBox page = new VBox(10, title, bold(I18n.t("print.agenda")), agenda, bold(I18n.t("print.rooster")), rooster,
                visits, new Label(I18n.t("print.confidential")));
        page.setStyle("-fx-background-color: white; -fx-padding: 12;");
        return page;
    }

    private static String span(LocalTime a, LocalTime b) {
        return TIME.format(a) + "–" + TIME.format(b);
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }
}
