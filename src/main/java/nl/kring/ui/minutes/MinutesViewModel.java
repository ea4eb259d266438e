package nl.kring.ui.minutes;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.CaseFile;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.Meeting;
import nl.kring.domain.Partner;
import nl.kring.domain.PartnerRef;
import nl.kring.pseudonym.Recognizer;
import nl.kring.report.ExportService;
import nl.kring.service.MeetingService;
import nl.kring.service.Services;
import nl.kring.store.SuspectDecisionRepository;
import nl.kring.ui.common.Dates;
import nl.kring.ui.common.FormState;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.StatusMessage;
import nl.kring.ui.common.ScreenTasks;
import nl.kring.ui.common.TaskExecutor;
import nl.kring.ui.common.Validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The minutes of one meeting as the chair edits them: per agenda item its paragraphs (optionally tagged with a
 * leefgebied) and decisions, recognised live as the chair types, checked and saved. It composes the two other parts of
 * the editor: the {@link PossibleNamesReview} (the possible names the chair must still judge) and the
 * {@link MinutesOutput} (previews and the export of the meeting's reports), and says when an export may start. Store
 * work runs on the screen's {@link ScreenTasks}, recognition on a thread of its own.
 */
public final class MinutesViewModel extends FormState implements AutoCloseable {
    /** A paragraph at least this long was pasted in: the status line says how far its recognition is. */
    static final int LARGE_TEXT = 200_000;

    private final ScreenTasks tasks;
    private final Services services;
    private final ObservableList<LocalDate> dates = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> current = new SimpleObjectProperty<>();
    private final ObservableList<ItemModel> items = FXCollections.observableArrayList();
    private final ObjectProperty<ItemModel> selected = new SimpleObjectProperty<>();
    private final BooleanProperty showNames = new SimpleBooleanProperty(true);
    private final IntegerProperty unclassified = new SimpleIntegerProperty();
    private final IntegerProperty pendingParagraphs = new SimpleIntegerProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final LiveRecognition live;
    private final PossibleNamesReview names;
    private final MinutesOutput output;
    private Map<String, CaseFile> cases = Map.of();
    private List<Partner> partnerList = List.of();
    private Meeting loaded;
    /** The meeting asked for by {@link #refresh(LocalDate)} until it is shown. */
    private LocalDate requested;
    /** The item to show after loading, whatever was shown before (the meeting room's current item). */
    private String preferredCase;
    /** Told the date after each save of these minutes (the other editor of the same meeting reads them again). */
    private Consumer<LocalDate> onSaved = d -> { };

    public MinutesViewModel(TaskExecutor executor, Services services, Supplier<LocalDate> today) {
        this(executor, LiveRecognition.Runner.ownThread(), services, today);
    }

    /** {@code recognition}: where the live recognition of names runs ({@link LiveRecognition.Runner#sameThread()} in tests). */
    MinutesViewModel(TaskExecutor executor, LiveRecognition.Runner recognition, Services services, Supplier<LocalDate> today) {
        super(today);
        this.tasks = new ScreenTasks(executor);
        this.services = services;
        this.live = new LiveRecognition(recognition, p -> recomputeSuspects());
        this.names = new PossibleNamesReview(tasks, services, items, current::get, live, this::updateExportBlock,
                this::useCases);
        this.output = new MinutesOutput(tasks, services, this, this::updateExportBlock);
        items.addListener((ListChangeListener<ItemModel>) c -> changed());
        showNames.addListener((o, a, b) -> updateStatus());
        validProperty().addListener((o, a, b) -> updateExportBlock());
    }

    /** The possible names in these minutes and the chair's judgements of them. */
    public PossibleNamesReview names() {
        return names;
    }

    /** The previews and the export of the meeting's reports. */
    public MinutesOutput output() {
        return output;
    }

    // ---- loading

    /** Loads the meeting dates; opens {@code open} afterwards (or keeps the current meeting). */
    public void refresh(LocalDate open) {
        if (open != null) {
            requested = open;
        }
        tasks.run(p -> services.meetings().dates(), d -> {
            dates.setAll(d);
            if (open != null && !d.contains(open)) {
                requested = null;
            }
            if (open == null && requested != null) {
                return; // a meeting was asked for: that one opens, not the latest
            }
            LocalDate target = open != null ? open : current.get();
            if (target == null && !d.isEmpty()) {
                target = d.getFirst();
            }
            // Unsaved minutes stay as typed; clean ones are read again, so that what changed meanwhile shows (a
            // destroyed client's name replaced in other cases' minutes must not come back with the next save).
            if (target != null && d.contains(target) && (open != null || current.get() == null || !dirtyProperty().get())) {
                open(target);
            }
        });
    }

    /** What opening a meeting reads from the vault. */
    public record Loaded(Meeting meeting, List<CaseFile> cases, List<Partner> partners,
                         Map<String, SuspectDecisionRepository.Decision> decisions, Recognizer recognizer) {
    }

    static Loaded load(Services services, LocalDate date) {
        Meeting m = services.meetings().find(date).orElseThrow(() -> new IllegalArgumentException("no meeting on " + date));
        List<CaseFile> cs = services.cases().all();
        List<Partner> ps = services.partners().all();
        return new Loaded(m, cs, ps, services.meetings().judgedPossibleNames(date), services.outputs().recognizer(cs, ps,
                ExportService.places(m)));
    }

    public void open(LocalDate date) {
        tasks.run(p -> load(services, date), l -> {
            show(l);
            tasks.status().clear();
        });
    }

    /** The item to select after the next load, and now if it is on the agenda (the meeting room follows its item). */
    public void preferCase(String caseNumber) {
        preferredCase = caseNumber;
        items.stream().filter(i -> i.caseNumber().equals(caseNumber)).findFirst().ifPresent(selected::set);
    }

    /** Called on the FX thread with the meeting's date after each save of these minutes. */
    public void setOnSaved(Consumer<LocalDate> onSaved) {
        this.onSaved = onSaved == null ? d -> { } : onSaved;
    }

    /**
     * Called on the FX thread with the meeting's date after each judgement of a possible name stored or taken back in
     * this editor (the meeting room and the other editor of the same minutes apply it at once, issue 13).
     */
    public void setOnJudged(Consumer<LocalDate> onJudged) {
        names.setOnJudged(onJudged);
    }

    /** A judgement of the minutes of {@code date} was made or taken back in another editor: read the judgements again. */
    public void judgedElsewhere(LocalDate date) {
        if (date != null && date.equals(current.get())) {
            names.reread();
        }
    }

    /** Shows a loaded meeting. */
    public void show(Loaded l) {
        if (l.meeting().date().equals(requested)) {
            requested = null;
        }
        items.forEach(i -> i.paragraphs().forEach(live::forget));
        live.use(l.recognizer());
        names.show(l);
        useCases(l.cases());
        Map<String, Partner> partners = new HashMap<>();
        l.partners().forEach(p -> partners.put(p.id(), p));
        partnerList = List.copyOf(l.partners());
        loaded = l.meeting();
        ItemModel keep = selected.get();
        load(() -> {
            current.set(l.meeting().date());
            List<ItemModel> built = new ArrayList<>();
            for (AgendaItem item : l.meeting().items()) {
                CaseFile c = cases.get(item.caseNumber());
                List<PartnerRef> kring = c == null ? List.of() : c.kring().stream().map(partners::get)
                        .filter(Objects::nonNull).map(PartnerRef::of).toList();
                ItemModel im = new ItemModel(item, c == null ? "" : c.client().displayName(), kring);
                attach(im);
                built.add(im);
            }
            items.setAll(built);
            String again = preferredCase != null ? preferredCase : keep == null ? null : keep.caseNumber();
            selected.set(again == null ? null : built.stream().filter(i -> i.caseNumber().equals(again))
                    .findFirst().orElse(null));
            if (selected.get() == null && !built.isEmpty()) {
                selected.set(built.getFirst());
            }
        });
        items.forEach(i -> i.paragraphs().forEach(p -> live.request(p, 0)));
        recomputeSuspects();
        countUnclassified();
        updateStatus();
    }

    private void useCases(List<CaseFile> all) {
        Map<String, CaseFile> map = new LinkedHashMap<>();
        all.forEach(c -> map.put(c.number(), c));
        cases = map;
    }

    /** Paragraphs with text but no audience: they reach the chair's verslag only (shown before export). */
    public ReadOnlyIntegerProperty unclassifiedProperty() {
        return unclassified;
    }

    private void countUnclassified() {
        int n = 0;
        for (ItemModel item : items) {
            for (ParagraphModel p : item.paragraphs()) {
                if (p.unclassified() && !p.text().isBlank()) {
                    n++;
                }
            }
        }
        unclassified.set(n);
    }

    private void attach(ItemModel item) {
        item.paragraphs().forEach(this::attach);
        item.decisions().forEach(this::attach);
        item.paragraphs().addListener((ListChangeListener<ParagraphModel>) c -> {
            while (c.next()) {
                if (c.wasRemoved()) {
                    c.getRemoved().stream().filter(p -> !item.paragraphs().contains(p)).forEach(live::forget);
                }
            }
            changed();
            recomputeSuspects();
            countUnclassified();
            updateStatus();
        });
        item.decisions().addListener((ListChangeListener<DecisionModel>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(this::attach);
            }
            changed();
            recomputeSuspects();
        });
    }

    private void attach(ParagraphModel p) {
        p.textProperty().addListener((o, a, b) -> {
            changed();
            if (a == null || a.isBlank() != b.isBlank()) {
                countUnclassified();
            }
            live.request(p, LiveRecognition.DEBOUNCE_MS);
            if (b.length() >= LARGE_TEXT && (a == null || b.length() - a.length() >= LARGE_TEXT / 2)) {
                tasks.status().info(I18n.t("minutes.pasted", megabytes(b.length())));
            }
            updateStatus();
        });
        p.audienceProperty().addListener((o, a, b) -> {
            changed();
            countUnclassified();
        });
        p.policeProperty().addListener((o, a, b) -> changed());
        p.pendingProperty().addListener((o, a, b) -> updateStatus());
        p.progressProperty().addListener((o, a, b) -> updateStatus());
    }

    private void attach(DecisionModel d) {
        watch(d.actionProperty(), d.ownerProperty(), d.dueProperty(), d.categoryProperty(), d.policeProperty());
        d.actionProperty().addListener((o, a, b) -> recomputeSuspects());
    }

    static String megabytes(long chars) {
        return String.format(I18n.locale(), "%.1f", chars / 1_000_000.0);
    }

    // ---- editing

    public ParagraphModel addParagraph(ItemModel item, LifeDomain category) {
        ParagraphModel p = new ParagraphModel(category, "");
        attach(p);
        item.paragraphs().add(p);
        live.request(p, 0);
        return p;
    }

    public void removeParagraph(ItemModel item, ParagraphModel p) {
        item.paragraphs().remove(p);
    }

    /** Moves a paragraph up (-1) or down (+1) within its item; returns its new index. */
    public int moveParagraph(ItemModel item, ParagraphModel p, int delta) {
        var list = item.paragraphs();
        int i = list.indexOf(p);
        int j = i + delta;
        if (i < 0 || j < 0 || j >= list.size()) {
            return i;
        }
        ParagraphModel other = list.get(j);
        // set, not remove+add: the paragraph stays known to the recogniser
        list.set(j, p);
        list.set(i, other);
        return j;
    }

    public DecisionModel addDecision(ItemModel item) {
        DecisionModel d = new DecisionModel(null); // attached by the item's list listener
        item.decisions().add(d);
        return d;
    }

    public void removeDecision(ItemModel item, DecisionModel d) {
        item.decisions().remove(d);
    }

    public static String fieldFor(ItemModel item, int decision, String part) {
        return "decision-" + item.caseNumber() + "-" + decision + "-" + part;
    }

    @Override
    protected void check(Validation v) {
        LocalDate date = current.get();
        if (date == null) {
            return;
        }
        for (ItemModel item : items) {
            for (int i = 0; i < item.decisions().size(); i++) {
                DecisionModel d = item.decisions().get(i);
                if (d.isEmpty()) {
                    continue;
                }
                if (d.actionProperty().get().isBlank()) {
                    v.error(fieldFor(item, i, "action"), I18n.t("minutes.error.action", item.caseNumber()));
                }
                if (d.actionProperty().get().length() > 4000) {
                    v.error(fieldFor(item, i, "action"), I18n.t("minutes.error.actionLong", item.caseNumber()));
                }
                Dates.Parsed due = Dates.parse(d.dueProperty().get());
                if (due.invalid()) {
                    v.error(fieldFor(item, i, "due"), I18n.t("validation.dateInvalid", I18n.t("minutes.due"),
                            d.dueProperty().get().strip()));
                } else if (due.date() != null && due.date().isBefore(date)) {
                    v.error(fieldFor(item, i, "due"), I18n.t("minutes.error.dueBefore", item.caseNumber(),
                            Dates.format(due.date()), Dates.format(date)));
                }
                if (d.ownerProperty().get() != null
                        && item.kring().stream().noneMatch(p -> p.id().equals(d.ownerProperty().get()))) {
                    v.error(fieldFor(item, i, "owner"), I18n.t("minutes.error.owner", item.caseNumber()));
                }
            }
        }
    }

    // ---- recognition and suspects

    private void updateStatus() {
        int pending = 0;
        for (ItemModel i : items) {
            for (ParagraphModel p : i.paragraphs()) {
                if (p.pendingProperty().get()) {
                    pending++;
                }
            }
        }
        pendingParagraphs.set(pending);
        ParagraphModel longest = null;
        for (ItemModel i : items) {
            for (ParagraphModel p : i.paragraphs()) {
                if (p.progressProperty().get() >= 0 && (longest == null || p.text().length() > longest.text().length())) {
                    longest = p;
                }
            }
        }
        if (longest != null) {
            status.set(I18n.t("minutes.status.progress", megabytes(longest.text().length()),
                    Math.round(longest.progressProperty().get() * 100)));
        } else if (pendingParagraphs.get() > 0) {
            status.set(I18n.t("minutes.status.recognising"));
        } else {
            status.set(showNames.get() ? I18n.t("minutes.status.done") : I18n.t("minutes.status.doneHidden"));
        }
        updateExportBlock();
    }

    /** The open possible names follow the texts as they are now. */
    void recomputeSuspects() {
        names.recompute();
    }

    /** Says, in the output's block, why the reports cannot be made now (empty when they can). */
    private void updateExportBlock() {
        if (output == null) {
            return; // still being built
        }
        String why;
        int open = names.openSuspectsProperty().get();
        if (current.get() == null) {
            why = I18n.t("minutes.export.noMeeting");
        } else if (output.exportingProperty().get()) {
            why = I18n.t("minutes.export.running");
        } else if (pendingParagraphs.get() > 0 || !live.ready()) {
            why = I18n.t("minutes.export.recognising");
        } else if (open == 1) {
            why = I18n.t("minutes.export.oneOpen");
        } else if (open > 1) {
            why = I18n.t("minutes.export.open", open);
        } else if (!isValid()) {
            why = I18n.t("minutes.export.invalid");
        } else {
            why = "";
        }
        output.blockedProperty().set(why);
    }

    /** The cases on this agenda, for "relative of …". */
    public List<ItemModel> agenda() {
        return List.copyOf(items);
    }

    // ---- saving

    /** The minutes and decisions as edited, per case number (blank paragraphs and empty decisions left out). */
    List<MeetingService.ItemMinutes> edited() {
        List<MeetingService.ItemMinutes> out = new ArrayList<>();
        for (ItemModel item : items) {
            out.add(new MeetingService.ItemMinutes(item.caseNumber(),
                    item.paragraphs().stream().filter(p -> !p.text().isBlank()).map(ParagraphModel::toParagraph).toList(),
                    item.decisions().stream().filter(d -> !d.isEmpty()).map(DecisionModel::toDecision).toList()));
        }
        return out;
    }

    public void save() {
        save(null);
    }

    private void save(Runnable then) {
        LocalDate date = current.get();
        if (date == null || !isValid() || tasks.isBusy()) {
            return;
        }
        List<MeetingService.ItemMinutes> edited = edited();
        tasks.run(p -> services.meetings().saveMinutes(date, edited), m -> {
            loaded = m;
            dirtyProperty().set(false);
            tasks.status().info(I18n.t("minutes.saved", Dates.format(date)));
            onSaved.accept(date);
            if (then != null) {
                then.run();
            }
        });
    }

    /**
     * The edits not saved yet, for an output that saves them first; null when there are none or, with
     * {@code validOnly}, when they do not pass the checks (a preview then shows the stored minutes).
     */
    List<MeetingService.ItemMinutes> unsaved(boolean validOnly) {
        return dirtyProperty().get() && (!validOnly || validProperty().get()) ? edited() : null;
    }

    /** An output saved the edits it was given. */
    void saved() {
        dirtyProperty().set(false);
    }

    /** The meeting as last read or saved, or null. */
    Meeting loadedMeeting() {
        return loaded;
    }

    Map<String, CaseFile> caseFiles() {
        return cases;
    }

    List<Partner> partners() {
        return partnerList;
    }

    // ---- plumbing

    /** Stops the recognition thread (the view is gone: the room closed, a lock, another vault); saves under way finish. */
    @Override
    public void close() {
        live.close();
    }

    /**
     * After a lock: results still on their way are dropped, the status line empties, recognition stops, and nothing
     * read from the vault stays (the meetings, their items, the cases and partners, the possible names).
     */
    public void clear() {
        tasks.clear();
        close();
        load(() -> {
            selected.set(null);
            items.clear();
            current.set(null);
        });
        dates.clear();
        names.clear();
        cases = Map.of();
        partnerList = List.of();
        loaded = null;
        requested = null;
        preferredCase = null;
        status.set("");
    }

    public ObservableList<LocalDate> dates() {
        return dates;
    }

    public ObjectProperty<LocalDate> currentProperty() {
        return current;
    }

    public ObservableList<ItemModel> items() {
        return items;
    }

    public ObjectProperty<ItemModel> selectedProperty() {
        return selected;
    }

    public BooleanProperty showNamesProperty() {
        return showNames;
    }

    public IntegerProperty pendingParagraphsProperty() {
        return pendingParagraphs;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.busyProperty();
    }

    public StringProperty messageProperty() {
        return tasks.status().textProperty();
    }

    StatusMessage notice() {
        return tasks.status();
    }

    public BooleanProperty messageIsErrorProperty() {
        return tasks.status().isErrorProperty();
    }

    /** The client's name for a case on the chair's screen, or empty. */
    public Optional<String> clientName(String caseNumber) {
        CaseFile c = cases.get(caseNumber);
        return c == null ? Optional.empty() : Optional.of(c.client().displayName());
    }
}
