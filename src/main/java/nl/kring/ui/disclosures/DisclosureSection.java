package nl.kring.ui.disclosures;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.kring.domain.Disclosure;
import nl.kring.domain.Partner;
import nl.kring.store.DisclosureRepository;
import nl.kring.service.Services;
import nl.kring.ui.common.Dates;
import nl.kring.ui.common.Forms;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.KeyboardShortcut;
import nl.kring.ui.common.Shortcuts;
import nl.kring.ui.common.ScreenTasks;
import nl.kring.ui.common.Scrub;
import nl.kring.ui.common.TaskExecutor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * "Verstrekkingen zonder toestemming" of one case, with the button to record one. On the case screen it lists every
 * note of the case; in the minutes of a meeting only the notes recorded in that meeting.
 */
public final class DisclosureSection extends VBox {
    private final ScreenTasks tasks;
    private final Services services;
    /** Null on the case screen (and after the lock). */
    private LocalDate meetingDate;
    private final ObjectProperty<String> caseNumber = new SimpleObjectProperty<>();
    private final GridPane list = new GridPane();
    private final Label empty = new Label();
    private final Label message = new Label();
    private List<DisclosureRepository.Entry> entries = List.of();

    /** {@code meetingDate}: null on the case screen; the meeting's date in its minutes. */
    public DisclosureSection(TaskExecutor executor, Services services, LocalDate meetingDate) {
        this.tasks = new ScreenTasks(executor);
        this.services = services;
        this.meetingDate = meetingDate;
        setId("disclosure-section");
        setSpacing(6);
        getStyleClass().add("disclosure-section");
        Label title = Forms.section(I18n.t(meetingDate == null ? "disclosure.section" : "disclosure.sectionMeeting"));
        title.getStyleClass().add("form-section-row");
        Label hint = Forms.hint(I18n.t("disclosure.sectionHint"));
        list.setId("disclosure-list");
        list.getStyleClass().add("row-editor-grid");
        // the date keeps its width; the texts wrap
        List<ColumnConstraints> cols = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            var cc = new ColumnConstraints();
            if (c == 0) {
                cc.setMinWidth(Region.USE_PREF_SIZE);
            } else {
                cc.setHgrow(Priority.SOMETIMES);
            }
            cols.add(cc);
        }
        list.getColumnConstraints().setAll(cols);
        empty.getStyleClass().add("muted");
        empty.managedProperty().bind(empty.visibleProperty());
        Button record = new Button(I18n.t("disclosure.record"));
        record.setId("disclosure-record");
        record.setTooltip(new Tooltip(Shortcuts.text(KeyboardShortcut.RECORD_DISCLOSURE)));
        record.disableProperty().bind(caseNumber.isNull().or(tasks.busyProperty()));
        record.setOnAction(e -> record());
        record.setMinWidth(Region.USE_PREF_SIZE);
        message.setId("disclosure-section-message");
        message.setWrapText(true);
        message.textProperty().bind(tasks.status().textProperty());
        HBox actions = new HBox(10, record, message);
        actions.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(message, Priority.ALWAYS);
        getChildren().addAll(title, hint, list, empty, actions);
        caseNumber.addListener((o, a, b) -> {
            tasks.status().clear();
            reload();
        });
        Shortcuts.whileShowing(this, KeyboardShortcut.RECORD_DISCLOSURE, () -> {
            if (!record.isDisabled()) {
                record();
            }
        });
        show(List.of(), Map.of());
    }

    /** The case shown; null while no saved case is open (a new case must be saved before a note can refer to it). */
    public ObjectProperty<String> caseNumberProperty() {
        return caseNumber;
    }

    public List<DisclosureRepository.Entry> entries() {
        return entries;
    }

    public void record() {
        String number = caseNumber.get();
        if (number == null) {
            return;
        }
        DisclosureDialog.open(this, tasks, services, number, meetingDate, entry -> {
            if (number.equals(caseNumber.get())) {
                info(I18n.t("disclosure.saved", Dates.format(entry.disclosure().date())));
                reload();
            }
        }, this::failed);
    }

    /** "Corrigeren…": the form filled from the note; saving records the correction and withdraws the note. */
    public void correct(DisclosureRepository.Entry note) {
        String number = caseNumber.get();
        if (number == null || note.withdrawn()) {
            return;
        }
        DisclosureDialog.openCorrection(this, tasks, services, note, entry -> {
            if (number.equals(caseNumber.get())) {
                info(I18n.t("disclosure.corrected", Dates.format(note.disclosure().date())));
                reload();
            }
        }, this::failed);
    }

    /** "Intrekken…": asks the reason, then withdraws the note; it stays listed, marked. */
    public void withdraw(DisclosureRepository.Entry note) {
        String number = caseNumber.get();
        if (number == null || note.withdrawn()) {
            return;
        }
        WithdrawDialog.open(this, tasks, services, note, entry -> {
            if (number.equals(caseNumber.get())) {
                info(I18n.t("disclosure.withdrawn", Dates.format(note.disclosure().date())));
                reload();
            }
        }, this::failed);
    }

    /**
     * After the lock, or when the section leaves the screen: results on their way are dropped and nothing of the case
     * stays (its number, its notes, the meeting they were recorded in).
     */
    public void clear() {
        tasks.clear();
        meetingDate = null;
        if (!caseNumber.isBound()) {
            caseNumber.set(null);
        }
        show(List.of(), Map.of());
        Scrub.texts(list);
    }

    public void reload() {
        String number = caseNumber.get();
        if (number == null) {
            show(List.of(), Map.of());
            return;
        }
        tasks.run(p -> new Loaded(services.disclosures().forCase(number), services.partners().all()), r -> {
            if (!number.equals(caseNumber.get())) {
                return; // another case was opened meanwhile
            }
            show(r.entries().stream().filter(e -> meetingDate == null || meetingDate.equals(e.meetingDate())).toList(),
                    r.partners().stream().collect(Collectors.toMap(Partner::id, Partner::name)));
        }, this::failed);
    }

    /** What one background read brings back: the case's disclosures and the partners to name them by. */
    private record Loaded(List<DisclosureRepository.Entry> entries, List<Partner> partners) {
    }

    private void show(List<DisclosureRepository.Entry> shown, Map<String, String> partnerNames) {
        entries = List.copyOf(shown);
        list.getChildren().clear();
        empty.setText(caseNumber.get() == null ? I18n.t("disclosure.saveCaseFirst") : I18n.t("disclosure.none"));
        empty.setVisible(shown.isEmpty());
        list.setVisible(!shown.isEmpty());
        list.setManaged(!shown.isEmpty());
        if (shown.isEmpty()) {
            return;
        }
        String[] heads = {I18n.t("disclosure.col.date"), I18n.t("disclosure.col.to"), I18n.t("disclosure.col.basis"),
                I18n.t("disclosure.col.categories")};
        for (int c = 0; c < heads.length; c++) {
            Label h = new Label(heads[c]);
            h.getStyleClass().add("row-editor-header");
            list.add(h, c, 0);
        }
        int row = 1;
        for (DisclosureRepository.Entry e : shown) {
            Disclosure d = e.disclosure();
            String date = Dates.format(d.date()) + (meetingDate == null && e.meetingDate() != null
                    ? " " + I18n.t("disclosure.inMeeting") : "");
            List<Label> cells = List.of(cell(date), cell(recipients(d, partnerNames::get)), cell(d.basis().label()),
                    cell(categories(d)));
            for (int c = 0; c < cells.size(); c++) {
                list.add(cells.get(c), c, row);
            }
            row++;
            // under each note, across the columns: the withdrawal (mark and reason), or what can be done with it
            HBox under = new HBox(8);
            under.setAlignment(Pos.CENTER_LEFT);
            under.getStyleClass().add("disclosure-under");
            if (d.withdrawn()) {
                // marked in words, not only by style: the note is still part of the record
                cells.forEach(l -> l.getStyleClass().add("withdrawn"));
                Label mark = new Label(withdrawnMark(d));
                mark.setId("disclosure-withdrawn-" + e.id());
                mark.getStyleClass().add("withdrawn-mark");
                mark.setMinWidth(Region.USE_PREF_SIZE);
                String detail = withdrawalDetail(d, shown);
                mark.setTooltip(new Tooltip(detail));
                Label why = cell(detail);
                why.getStyleClass().addAll("muted", "withdrawal-detail");
                HBox.setHgrow(why, Priority.ALWAYS);
                under.getChildren().addAll(mark, why);
            } else {
                Button correct = new Button(I18n.t("disclosure.correct"));
                correct.setId("disclosure-correct-" + e.id());
                correct.getStyleClass().add("small-button");
                correct.disableProperty().bind(tasks.busyProperty());
                correct.setOnAction(a -> correct(e));
                Button withdraw = new Button(I18n.t("disclosure.withdraw"));
                withdraw.setId("disclosure-withdraw-" + e.id());
                withdraw.getStyleClass().add("small-button");
                withdraw.disableProperty().bind(tasks.busyProperty());
                withdraw.setOnAction(a -> withdraw(e));
                if (shown.stream().anyMatch(o -> o.withdrawn() && Long.valueOf(e.id()).equals(o.disclosure().withdrawal().replacedBy()))) {
                    Label corrects = new Label(I18n.t("disclosure.correction"));
                    corrects.getStyleClass().add("muted");
                    under.getChildren().add(corrects);
                }
                under.getChildren().addAll(correct, withdraw);
            }
            list.add(under, 0, row, 4, 1);
            row++;
        }
    }

    /** "ingetrokken 28-11-2026". */
    static String withdrawnMark(Disclosure d) {
        return I18n.t("disclosure.withdrawnMark", Dates.format(d.withdrawal().on()));
    }

    /** The reason, and which note replaced it (by its date, when it is among {@code others}). */
    static String withdrawalDetail(Disclosure d, List<DisclosureRepository.Entry> others) {
        String reason = I18n.t("disclosure.withdrawalReason", d.withdrawal().reason());
        Long by = d.withdrawal().replacedBy();
        if (by == null) {
            return reason;
        }
        return others.stream().filter(o -> o.id() == by).findFirst()
                .map(o -> reason + " — " + I18n.t("disclosure.replacedBy", Dates.format(o.disclosure().date())))
                .orElse(reason + " — " + I18n.t("disclosure.replacedByOther"));
    }

    static String recipients(Disclosure d, Function<String, String> partnerName) {
        return d.to().stream().map(id -> {
            String n = partnerName.apply(id);
            return n == null ? id : n;
        }).collect(Collectors.joining(", "));
    }

    static String categories(Disclosure d) {
        return String.join(", ", d.categoryLabels());
    }

    private static Label cell(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }

    private void info(String text) {
        message.getStyleClass().setAll("label", "ok");
        tasks.status().info(text);
    }

    private void failed(Throwable e) {
        message.getStyleClass().setAll("label", "error");
        tasks.status().failed(e);
    }
}
