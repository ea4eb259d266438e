package nl.kring.ui.meetings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Evaluation;
import nl.kring.domain.Meeting;
import nl.kring.domain.Partner;
import nl.kring.domain.Phase;
import nl.kring.report.InvitationPack;
import nl.kring.service.MeetingService;
import nl.kring.service.Services;
import nl.kring.ui.cases.ConsentTexts;
import nl.kring.ui.common.Dates;
import nl.kring.ui.common.FormState;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.PdfPreview;
import nl.kring.ui.common.Printing;
import nl.kring.ui.common.ScreenTasks;
import nl.kring.ui.common.StatusMessage;
import nl.kring.ui.common.TaskExecutor;
import nl.kring.ui.common.Validation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Meetings: the list of dates, the chosen meeting's place, start and agenda, and the store calls. */
public final class MeetingsViewModel extends FormState {
    public static final String F_START = "start";
    public static final String F_LOCATION = "location";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Services services;
    private final ObservableList<LocalDate> dates = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> current = new SimpleObjectProperty<>();
    private final StringProperty location = new SimpleStringProperty("");
    private final StringProperty start = new SimpleStringProperty("");
    private final ObservableList<AgendaRow> items = FXCollections.observableArrayList(AgendaRow::observables);
    private final ObservableList<CaseFile> candidates = FXCollections.observableArrayList();
    /** The busy flag, the status line and "drop results after the lock". */
    private final ScreenTasks tasks;
    private Consumer<List<Partner>> onPartners = ps -> { };
    private final StatusMessage status;
    private final StringProperty refusal = new SimpleStringProperty("");
    private Map<String, CaseFile> cases = Map.of();
    /** Partner id → name, for the agenda's Kring column. */
    private Map<String, String> partnerNames = Map.of();
    private Map<String, String> partnerShortNames = Map.of();
    private int evaluationWeeks = Evaluation.DEFAULT_WEEKS;
    private String lastLocation = "";
    /** The latest meeting: the next one is proposed on the same weekday, place and time, with its open items. */
    private Meeting previous;
    /** Said when the meeting just created is shown (opening clears the message line otherwise). */
    private String afterOpen;

    public MeetingsViewModel(TaskExecutor executor, Services services, Supplier<LocalDate> today) {
        super(today);
        this.tasks = new ScreenTasks(executor);
        this.status = tasks.status();
        this.services = services;
        watch(location, start);
        watchList(items);
        items.addListener((ListChangeListener<AgendaRow>) c -> {
            updateCandidates();
            updateTimes();
        });
        start.addListener((o, a, b) -> updateTimes());
    }

    @Override
    protected void check(Validation v) {
        if (current.get() == null) {
            return;
        }
        if (parseTime(start.get()) == null) {
            v.error(F_START, I18n.t("meeting.error.start"));
        }
    }

    static LocalTime parseTime(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip().replace('.', ':');
        if (t.matches("\\d{1,2}")) {
            t = t + ":00";
        }
        try {
            return LocalTime.parse(t.length() == 4 ? "0" + t : t, TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public record Data(List<LocalDate> dates, List<CaseFile> cases) {
    }

    /** Told the partner register each time it is read (the agenda plan names the partners of each visit). */
    public void setOnPartners(Consumer<List<Partner>> then) {
        this.onPartners = then == null ? ps -> { } : then;
    }

    /** Loads the dates and cases; opens {@code open} (or keeps the current meeting) afterwards. */
    public void refresh(LocalDate open) {
        // Before the data (one worker, in order): the interval for cases without a recorded evaluation date.
        tasks.read(p -> services.settings().policy().evaluationWeeks(), w -> evaluationWeeks = w);
        tasks.read(p -> services.partners().all(), ps -> {
            Map<String, String> names = new LinkedHashMap<>();
            ps.forEach(partner -> names.put(partner.id(), partner.name()));
            partnerNames = names;
            partnerShortNames = PartnerShortNames.of(ps);
            onPartners.accept(ps);
        });
        tasks.read(p -> services.meetings().dates().stream().max(Comparator.naturalOrder())
                .flatMap(services.meetings()::find).orElse(null), this::setPrevious);
        tasks.run(p -> new Data(services.meetings().dates(), services.cases().all()), d -> {
            setData(d.dates(), d.cases());
            LocalDate target = open != null ? open : current.get();
            if (target != null && dates.contains(target) && (open != null || !dirtyProperty().get())) {
                open(target);
            }
        });
    }

    public void setData(List<LocalDate> meetingDates, List<CaseFile> allCases) {
        if (tasks.isCleared()) {
            return;
        }
        dates.setAll(meetingDates);
        Map<String, CaseFile> map = new LinkedHashMap<>();
        allCases.stream().sorted(Comparator.comparing(CaseFile::number)).forEach(c -> map.put(c.number(), c));
        cases = map;
        updateCandidates();
    }

    public void open(LocalDate date) {
        tasks.run(p -> services.meetings().find(date), m -> {
            m.ifPresent(this::show);
            if (afterOpen != null && m.isPresent()) {
                status.info(afterOpen); // what creating it did, said once it shows
                afterOpen = null;
            } else {
                status.clear();
            }
            refusal.set("");
        });
    }

    /** Shows a stored meeting in the form. */
    public void show(Meeting m) {
        if (tasks.isCleared()) {
            return;
        }
        load(() -> {
            current.set(m.date());
            location.set(m.location() == null ? "" : m.location());
            start.set(TIME.format(m.start()));
            items.setAll(m.items().stream().map(this::row).toList());
            if (m.location() != null) {
                lastLocation = m.location();
            }
        });
    }

    private AgendaRow row(AgendaItem i) {
        CaseFile c = cases.get(i.caseNumber());
        AgendaRow row = new AgendaRow(i.caseNumber(), c == null ? "" : c.client().displayName(), c == null ? List.of() : c.kring(),
                i.durationMinutes(), !i.minutes().isEmpty() || !i.decisions().isEmpty(), !i.disclosures().isEmpty());
        markEvaluation(row, c);
        row.setKringNames(row.kring().stream().map(id -> partnerNames.getOrDefault(id, id)).toList(),
                row.kring().stream().map(id -> partnerShortNames.getOrDefault(id, partnerNames.getOrDefault(id, id))).toList());
        return row;
    }

    private void markEvaluation(AgendaRow row, CaseFile c) {
        row.evaluationProperty().set(evaluationMark(c, current.get(), evaluationWeeks));
        row.evaluationDueText(c == null ? "" : Dates.format(Evaluation.effectiveDue(c, evaluationWeeks)));
        // the rule for who decides on consent, with the age on the meeting date (handreiking deel II §4.2-4.3)
        row.consentRuleProperty().set(ConsentTexts.rule(c, current.get()));
        row.consentBriefProperty().set(ConsentTexts.brief(c, current.get()));
    }

    /**
     * Point 5 on the agenda: whether the case's evaluation of the restriction is overdue on the meeting date (marked
     * in words, not only colour), falls due on it, or neither.
     */
    public static String evaluationMark(CaseFile c, LocalDate meetingDate, int weeks) {
        LocalDate due = c == null || meetingDate == null ? null : Evaluation.effectiveDue(c, weeks);
        if (due == null || due.isAfter(meetingDate)) {
            return "";
        }
        return due.isBefore(meetingDate) ? AgendaRow.OVERDUE_MARK + " " + I18n.t("agenda.evaluation.overdue", Dates.format(due))
                : I18n.t("agenda.evaluation.due");
    }

    private void updateCandidates() {
        Set<String> on = new HashSet<>();
        items.forEach(r -> on.add(r.caseNumber()));
        candidates.setAll(cases.values().stream()
                .filter(c -> c.phase() != Phase.AFGESLOTEN && c.closedOn() == null && !on.contains(c.number())).toList());
    }

    /**
     * Puts a case on the agenda. Refused, with the reason, when the client gave no consent and no evident-belang
     * justification is recorded (point 3 of the handreiking). Returns the refusal, or empty when added.
     */
    public Optional<String> addCase(CaseFile c) {
        if (c == null || current.get() == null) {
            return Optional.empty();
        }
        if (items.stream().anyMatch(r -> r.caseNumber().equals(c.number()))) {
            return refuse(I18n.t("meeting.error.alreadyOn", c.number()));
        }
        // points 3 and 4: consent under the rule on the meeting date, or the evident belang and why no lighter means
        switch (c.agendaFooting(current.get())) {
            case NO_EVIDENT_INTEREST -> {
                return refuse(I18n.t("meeting.error.noFooting", c.number()));
            }
            case NO_LIGHTER_MEANS -> {
                return refuse(I18n.t("meeting.error.noLighterMeans", c.number()));
            }
            case CONSENT, JUSTIFIED -> {
                // may go on
            }
        }
        AgendaRow added = new AgendaRow(c.number(), c.client().displayName(), c.kring(), AgendaItem.DEFAULT_DURATION, false, false);
        markEvaluation(added, c);
        added.setKringNames(added.kring().stream().map(id -> partnerNames.getOrDefault(id, id)).toList(),
                added.kring().stream().map(id -> partnerShortNames.getOrDefault(id, partnerNames.getOrDefault(id, id))).toList());
        items.add(added);
        refusal.set("");
        return Optional.empty();
    }

    /**
     * Puts several cases on the agenda at once, in the order given; each is checked as by {@link #addCase}. Returns the
     * refusals (empty when all went on); the refusal line names them all.
     */
    public List<String> addCases(List<CaseFile> chosen) {
        List<String> refused = new ArrayList<>();
        for (CaseFile c : chosen) {
            addCase(c).ifPresent(refused::add);
        }
        refusal.set(String.join(" ", refused));
        return refused;
    }

    /** Moves an item to {@code index} (drag and drop); returns where it ended up. */
    public int moveTo(AgendaRow row, int index) {
        int i = items.indexOf(row);
        if (i < 0) {
            return i;
        }
        int j = Math.max(0, Math.min(items.size() - 1, index));
        if (i == j) {
            return i;
        }
        items.remove(i);
        items.add(j, row);
        return j;
    }

    /** Whether the case may go on the agenda of the open meeting (points 3 and 4, consent on its date). */
    public boolean mayGoOn(CaseFile c) {
        return current.get() == null ? c.mayBePutOnAgenda() : c.mayBePutOnAgenda(current.get());
    }

    private Optional<String> refuse(String text) {
        refusal.set(text);
        return Optional.of(text);
    }

    /** Why the last case could not be put on (or taken off) the agenda; "" otherwise. Shown beside the agenda. */
    public StringProperty refusalProperty() {
        return refusal;
    }

    /** Removes an item; an item with disclosure notes is refused (they belong to the client's record). */
    public Optional<String> remove(AgendaRow row) {
        if (row.hasDisclosures()) {
            return refuse(I18n.t("meeting.error.hasDisclosures", row.caseNumber()));
        }
        items.remove(row);
        refusal.set("");
        return Optional.empty();
    }

    public int move(AgendaRow row, int delta) {
        int i = items.indexOf(row);
        int j = i + delta;
        if (i < 0 || j < 0 || j >= items.size()) {
            return i;
        }
        AgendaRow other = items.get(j);
        items.set(j, row);
        items.set(i, other);
        return j;
    }

    /** Each item's planned start: the meeting's start plus the durations before it. */
    private void updateTimes() {
        LocalTime t = parseTime(start.get());
        for (AgendaRow r : items) {
            r.startProperty().set(t == null ? "" : TIME.format(t));
            if (t != null) {
                t = t.plusMinutes(r.durationProperty().get());
            }
        }
    }

    public void save() {
        LocalDate date = current.get();
        if (date == null || !isValid() || tasks.isBusy()) {
            return;
        }
        String loc = strip(location.get());
        LocalTime st = parseTime(start.get());
        List<MeetingService.Planned> planned = items.stream()
                .map(r -> new MeetingService.Planned(r.caseNumber(), r.durationProperty().get())).toList();
        tasks.run(p -> services.meetings().saveAgenda(date, loc, st, planned), m -> {
            show(m);
            status.info(I18n.t("meeting.saved", Dates.format(date)));
        });
    }

    /**
     * "Uitnodigingen maken…" (issue 14): the invitation pack of the shown, saved meeting into {@code dir}, with mail
     * drafts when {@code mail}. Refusals (no e-mail address of the chair, an empty agenda) come back as a Dutch message.
     */
    public void invite(Path dir, boolean mail, Consumer<Path> done) {
        LocalDate date = invitable();
        if (date == null || dir == null) {
            return;
        }
        tasks.run(p -> services.outputs().invite(date, dir, mail), r -> {
            String text = I18n.t("invite.done", r.invitations().size(), r.files().size(), dir.toAbsolutePath().toString())
                    + (r.cancellations().isEmpty() ? "" : " " + String.join(" ", r.cancellations().stream()
                            .map(c -> c.line()).toList()));
            if (r.warnings().isEmpty()) {
                status.info(text);
            } else {
                status.error(text + " " + String.join(" ", r.warnings()));
            }
            done.accept(dir);
        }, this::inviteFailed);
    }

    /**
     * The invitation PDFs of the shown, saved meeting exactly as "Uitnodigingen maken…" writes them, one section per
     * partner, rendered in the background (issue 11: every output previewed before it leaves); the same refusals.
     */
    public void previewInvitations(Consumer<List<PdfPreview.Section>> done) {
        LocalDate date = invitable();
        if (date == null) {
            return;
        }
        tasks.run(p -> {
            Map<String, String> names = new HashMap<>();
            services.partners().all().forEach(partner -> names.put(partner.id(), partner.name()));
            List<PdfPreview.Section> out = new ArrayList<>();
            for (var e : services.outputs().invitationPreviews(date).entrySet()) {
                out.add(new PdfPreview.Section(I18n.t("preview.invitationFor", names.getOrDefault(e.getKey(), e.getKey())),
                        PdfPreview.pages(e.getValue())));
            }
            return out;
        }, done::accept, this::inviteFailed);
    }

    /** What the invitations and their preview both check first: the date of a shown meeting with items, or null. */
    private LocalDate invitable() {
        LocalDate date = current.get();
        if (date == null || tasks.isBusy()) {
            return null;
        }
        if (items.isEmpty()) {
            status.error(I18n.t("invite.error.empty"));
            return null;
        }
        return date;
    }

    /** The invitations' typed refusal in Dutch (the chair has no e-mail address: the calendar needs an organizer). */
    private void inviteFailed(Throwable e) {
        if (e instanceof InvitationPack.NoChairEmail) {
            status.error(I18n.t("invite.error.noChairEmail"));
        } else {
            status.failed(e);
        }
    }

    /** Why a new meeting cannot be made with these values, or empty. */
    public Optional<String> checkNew(String dateText, String startText) {
        Dates.Parsed d = Dates.parse(dateText);
        if (d.invalid()) {
            return Optional.of(I18n.t("validation.dateInvalid", I18n.t("meeting.date"), dateText.strip()));
        }
        if (d.date() == null) {
            return Optional.of(I18n.t("validation.required", I18n.t("meeting.date")));
        }
        if (dates.contains(d.date())) {
            return Optional.of(I18n.t("meeting.error.exists", Dates.format(d.date())));
        }
        if (parseTime(startText) == null) {
            return Optional.of(I18n.t("meeting.error.start"));
        }
        return Optional.empty();
    }

    /** A suggested date: a week after the last meeting, or today. */
    public LocalDate proposedDate() {
        LocalDate t = today.get();
        return dates.stream().max(Comparator.naturalOrder()).map(d -> d.plusWeeks(1)).filter(d -> !d.isBefore(t)).orElse(t);
    }

    public String proposedLocation() {
        return lastLocation;
    }

    /** The latest meeting, read at each refresh: the next meeting's proposals follow it. */
    public void setPrevious(Meeting m) {
        previous = m;
        if (m != null && m.location() != null) {
            lastLocation = m.location();
        }
    }

    /** The date of the meeting whose open items may be carried over, or null when there is none. */
    public LocalDate previousDate() {
        return previous == null ? null : previous.date();
    }

    /** A recurring meeting starts at the same time as the last one. */
    public String proposedStart() {
        return TIME.format(previous == null ? Meeting.DEFAULT_START : previous.start());
    }

    /** The cases of the last meeting that are still open, in its order: proposed for the next one (the chair picks). */
    public List<CaseFile> carryOverCandidates() {
        if (previous == null) {
            return List.of();
        }
        return previous.items().stream().map(i -> cases.get(i.caseNumber())).filter(Objects::nonNull)
                .filter(c -> c.phase() != Phase.AFGESLOTEN && c.closedOn() == null).toList();
    }

    /**
     * A new meeting with the chosen cases of the last meeting on its agenda, each with its duration there. A case that
     * may not go on the agenda on the new date (points 3 and 4) stays off, and the message says which and why.
     */
    public void create(String dateText, String locationText, String startText, List<String> carryOver) {
        if (checkNew(dateText, startText).isPresent()) {
            return;
        }
        LocalDate date = Dates.parse(dateText).date();
        Map<String, Integer> durations = new HashMap<>();
        if (previous != null) {
            previous.items().forEach(i -> durations.put(i.caseNumber(), i.durationMinutes()));
        }
        List<AgendaItem> carried = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (String number : carryOver) {
            CaseFile c = cases.get(number);
            if (c == null) {
                continue;
            }
            if (c.agendaFooting(date).allowed()) {
                carried.add(new AgendaItem(number, durations.getOrDefault(number, AgendaItem.DEFAULT_DURATION), List.of(),
                        List.of(), List.of()));
            } else {
                refused.add(number);
            }
        }
        create(new Meeting(date, strip(locationText), parseTime(startText), List.of(), carried),
                refused.isEmpty() ? "" : " " + I18n.t("meeting.carry.refused", String.join(", ", refused)));
    }

    public void create(String dateText, String locationText, String startText) {
        create(dateText, locationText, startText, List.of());
    }

    private void create(Meeting m, String more) {
        LocalDate date = m.date();
        tasks.run(p -> services.meetings().create(m), saved -> {
            afterOpen = I18n.t("meeting.created", Dates.format(date)) + (m.items().isEmpty() ? ""
                    : " " + I18n.t("meeting.carry.done", m.items().size())) + more;
            status.info(afterOpen);
            refresh(date);
        }, e -> {
            if (e instanceof MeetingService.MeetingExists exists) {
                status.error(I18n.t("meeting.error.exists", Dates.format(exists.date())));
            } else {
                status.failed(e);
            }
        });
    }

    /** After a lock: forget every meeting and client, and ignore late results. */
    public void clear() {
        tasks.clear();
        load(() -> {
            current.set(null);
            location.set("");
            start.set("");
            items.clear();
        });
        dates.clear();
        candidates.clear();
        cases = Map.of();
        partnerNames = Map.of();
        partnerShortNames = Map.of();
        previous = null;
        status.clear();
        refusal.set("");
    }



    public ObservableList<LocalDate> dates() {
        return dates;
    }

    public ObjectProperty<LocalDate> currentProperty() {
        return current;
    }

    public StringProperty locationProperty() {
        return location;
    }

    public StringProperty startProperty() {
        return start;
    }

    public ObservableList<AgendaRow> items() {
        return items;
    }

    public ObservableList<CaseFile> candidates() {
        return candidates;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.busyProperty();
    }

    /** Tells the chair how printing the agenda ended (nothing when they cancelled the dialog). */
    public void printed(Printing.Outcome outcome) {
        outcome.message().ifPresent(m -> {
            if (outcome.problem()) {
                status.error(m);
            } else {
                status.info(m);
            }
        });
    }

    public StringProperty messageProperty() {
        return status.textProperty();
    }

    public BooleanProperty messageIsErrorProperty() {
        return status.isErrorProperty();
    }

    public CaseFile caseFile(String number) {
        return cases.get(number);
    }
}
