package nl.kring.ui.overview;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.kring.domain.CaseFile;
import nl.kring.domain.ClientInforming;
import nl.kring.domain.Evaluation;
import nl.kring.domain.Inactivity;
import nl.kring.domain.RequestType;
import nl.kring.domain.RightsRequests;
import nl.kring.retention.Postponement;
import nl.kring.retention.RetentionService;
import nl.kring.service.Services;
import nl.kring.store.VaultPolicy;
import nl.kring.ui.common.Dates;
import nl.kring.ui.common.Failures;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.ScreenTasks;
import nl.kring.ui.common.TaskExecutor;
import nl.kring.ui.retention.RetentionTexts;
import nl.kring.vault.OutputPaths;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The start screen: what needs the chair's attention today. It may be seen by others in the room, so it holds case
 * numbers and dates only, never a client's name.
 */
public final class OverviewViewModel {
    /** How far ahead to look for evaluations when no next meeting is planned. */
    public static final int HORIZON_DAYS = 14;

    public record Overdue(String caseNumber, LocalDate due, long daysLate) {
    }

    public record DueSoon(String caseNumber, LocalDate due) {
    }

    public record NextMeeting(LocalDate date, int items) {
    }

    /** An open request of a client (inzage, correctie ...), with its legal deadline. */
    public record OpenRequest(String caseNumber, RequestType type, LocalDate deadline, long daysLeft) {
        public boolean late() {
            return daysLeft < 0;
        }
    }

    /** Everything the screen shows, computed in one go in the background. */
    public record Snapshot(List<Overdue> overdue, List<DueSoon> dueSoon, LocalDate horizon, NextMeeting next,
                           RetentionService.Report retention, List<OpenRequest> requests,
                           Postponement postponed, List<Inactivity.Idle> idle,
                           Map<LocalDate, Integer> proposals, List<ClientInforming.Uninformed> uninformed) {
    }

    private final Services services;
    private final Supplier<LocalDate> today;
    private final ObservableList<Overdue> overdue = FXCollections.observableArrayList();
    private final ObservableList<DueSoon> dueSoon = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> horizon = new SimpleObjectProperty<>();
    private final ObjectProperty<NextMeeting> next = new SimpleObjectProperty<>();
    private final ObservableList<OpenRequest> requests = FXCollections.observableArrayList();
    private final ObservableList<String> retentionLines = FXCollections.observableArrayList();
    private final ObservableList<String> heldLines = FXCollections.observableArrayList();
    private final ObservableList<String> legalLines = FXCollections.observableArrayList();
    private final ObservableList<String> proposalLines = FXCollections.observableArrayList();
    private final ObservableList<ClientInforming.Uninformed> uninformed = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<RetentionService.Report> retention = new SimpleObjectProperty<>();
    /** For the letter written from beside a case (its own message line, not the screen's busy flag). */
    /** The busy flag, the error line and "drop results after the lock". */
    private final ScreenTasks tasks;
    private final BooleanProperty loaded = new SimpleBooleanProperty();

    public OverviewViewModel(TaskExecutor executor, Services services, Supplier<LocalDate> today) {
        this.tasks = new ScreenTasks(executor);
        this.services = services;
        this.today = today;
    }

    public void refresh() {
        LocalDate on = today.get();
        tasks.run(p -> compute(services, on), this::show);
    }

    /** The store work: cases, the meetings index, the vault's rules, and what is past retention. */
    static Snapshot compute(Services services, LocalDate today) {
        VaultPolicy policy = services.settings().policy();
        int weeks = policy.evaluationWeeks();
        List<CaseFile> cases = services.cases().all();
        Map<LocalDate, List<String>> meetings = services.meetings().agendaIndex();
        NextMeeting next = meetings.entrySet().stream().filter(e -> !e.getKey().isBefore(today)).findFirst()
                .map(e -> new NextMeeting(e.getKey(), e.getValue().size())).orElse(null);
        LocalDate horizon = next != null ? next.date() : today.plusDays(HORIZON_DAYS);
        List<Overdue> overdue = new ArrayList<>();
        List<DueSoon> soon = new ArrayList<>();
        for (CaseFile c : cases) {
            LocalDate due = Evaluation.effectiveDue(c, weeks);
            if (due == null) {
                continue;
            }
            if (due.isBefore(today)) {
                overdue.add(new Overdue(c.number(), due, Evaluation.daysLate(c, today, weeks)));
            } else if (!due.isAfter(horizon)) {
                soon.add(new DueSoon(c.number(), due));
            }
        }
        overdue.sort(Comparator.comparing(Overdue::due).thenComparing(Overdue::caseNumber));
        soon.sort(Comparator.comparing(DueSoon::due).thenComparing(DueSoon::caseNumber));
        // Open requests, the one nearest its deadline first: the AVG gives a month.
        List<OpenRequest> requests = services.requests().open().stream()
                .map(r -> new OpenRequest(r.caseNumber(), r.type(), r.deadline(), RightsRequests.daysLeft(r, today)))
                .sorted(Comparator.comparing(OpenRequest::deadline).thenComparing(OpenRequest::caseNumber)).toList();
        // issue 15: since when the destruction was put off, and open cases without activity for a long time
        Map<String, LocalDate> activity = new HashMap<>();
        meetings.forEach((date, numbers) -> {
            if (!date.isAfter(today)) {
                numbers.forEach(n -> activity.merge(n, date, (a, b) -> a.isAfter(b) ? a : b));
            }
        });
        services.disclosures().all().forEach(e -> {
            if (e.disclosure().date() != null) {
                activity.merge(e.caseNumber(), e.disclosure().date(), (a, b) -> a.isAfter(b) ? a : b);
            }
        });
        services.cases().evaluations().forEach((n, list) -> list.forEach(e ->
                activity.merge(n, e.on(), (a, b) -> a.isAfter(b) ? a : b)));
        List<Inactivity.Idle> idle = Inactivity.idle(cases, activity, today,
                Inactivity.DEFAULT_PERIOD);
        RetentionService.Report due = services.retention().due(today);
        Postponement postponed = due.isEmpty() ? null
                : services.retention().postponement().orElse(null);
        // issue 15, point 7: disclosure notes proposed in a meeting room and not yet recorded or dropped
        Map<LocalDate, Integer> proposals = services.proposals().pendingPerMeeting();
        // issue 15, points 2, 5 and 7: clients discussed without consent and not informed
        List<ClientInforming.Uninformed> uninformed = ClientInforming.due(cases, meetings,
                today);
        return new Snapshot(overdue, soon, horizon, next, due, requests, postponed, idle, proposals, uninformed);
    }

    public void show(Snapshot s) {
        if (tasks.isCleared()) {
            return; // a result that arrived after the lock
        }
        overdue.setAll(s.overdue());
        dueSoon.setAll(s.dueSoon());
        requests.setAll(s.requests());
        horizon.set(s.horizon());
        next.set(s.next());
        retention.set(s.retention());
        retentionLines.setAll(RetentionTexts.dueLines(s.retention()));
        heldLines.setAll(RetentionTexts.heldLines(s.retention()));
        List<String> legal = new ArrayList<>();
        if (s.postponed() != null) {
            legal.add(I18n.t("overview.retention.postponed", Dates.format(s.postponed().since()),
                    Dates.format(s.postponed().askAgainOn())));
        }
        for (Inactivity.Idle i : s.idle()) {
            legal.add(I18n.t("overview.retention.idle", i.caseNumber(), Dates.format(i.lastActivity())));
        }
        legalLines.setAll(legal);
        List<String> proposed = new ArrayList<>();
        s.proposals().forEach((date, n) -> proposed.add(I18n.t(n == 1 ? "overview.proposals.one"
                : "overview.proposals.more", n, Dates.format(date))));
        proposalLines.setAll(proposed);
        uninformed.setAll(s.uninformed());
        tasks.status().clear();
        loaded.set(true);
    }

    /** After a lock: forget everything, and ignore results still on their way. */
    public void clear() {
        tasks.clear();
        overdue.clear();
        dueSoon.clear();
        requests.clear();
        retentionLines.clear();
        legalLines.clear();
        proposalLines.clear();
        uninformed.clear();
        message.set("");
        heldLines.clear();
        next.set(null);
        retention.set(null);
    }

    public ObservableList<Overdue> overdue() {
        return overdue;
    }

    public ObservableList<DueSoon> dueSoon() {
        return dueSoon;
    }

    public ObservableList<OpenRequest> requests() {
        return requests;
    }

    /** The last day "due soon" looks at: the next meeting's date, or two weeks ahead when none is planned. */
    public ObjectProperty<LocalDate> horizonProperty() {
        return horizon;
    }

    public ObjectProperty<NextMeeting> nextProperty() {
        return next;
    }

    public ObservableList<String> retentionLines() {
        return retentionLines;
    }

    /** The postponed destruction and the open cases idle for long (issue 15), case numbers only. */
    public ObservableList<String> legalLines() {
        return legalLines;
    }

    /** Clients discussed without consent and not informed (issue 15): case numbers only. */
    public ObservableList<ClientInforming.Uninformed> uninformed() {
        return uninformed;
    }

    /** The Dutch line for a case whose client is still to be informed, or whose not being informed is to evaluate. */
    public static String uninformedText(ClientInforming.Uninformed u) {
        return I18n.t(u.kind() == ClientInforming.Kind.NO_REASON
                ? "overview.inform.noReason" : "overview.inform.reasonRecorded", Dates.format(u.discussedOn()));
    }

    /** What writing the information for clients from this screen said (written where, or why not). */
    public StringProperty messageProperty() {
        return message;
    }

    /**
     * Writes the information for clients (informatie-clienten.pdf) from beside a case whose client must be informed;
     * audited with that case number. {@code file} null: the chair cancelled.
     */
    public void writeInformation(String caseNumber, Path file) {
        if (file == null) {
            return;
        }
        if (OutputPaths.problem(file).isPresent()) {
            message.set(I18n.t("agreement.error.outPath"));
            return;
        }
        tasks.read(p -> services.outputs().clientInformation(caseNumber, file),
                w -> message.set(I18n.t("overview.inform.written", caseNumber, w.toAbsolutePath())),
                e -> message.set(e instanceof IOException ? I18n.t("agreement.error.write") : Failures.describe(e)));
    }

    /** "n voorgestelde verstrekkingen niet vastgelegd" per meeting (issue 15, point 7). */
    public ObservableList<String> proposalLines() {
        return proposalLines;
    }

    public ObservableList<String> heldLines() {
        return heldLines;
    }

    public ObjectProperty<RetentionService.Report> retentionProperty() {
        return retention;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.busyProperty();
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }

    public StringProperty errorProperty() {
        return tasks.status().textProperty();
    }

    public Services services() {
        return services;
    }
}
