package nl.kring.ui.minutes;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import nl.kring.audit.AuditLog;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Client;
import nl.kring.domain.Decision;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.Meeting;
import nl.kring.domain.MinutesParagraph;
import nl.kring.domain.Partner;
import nl.kring.domain.PartnerRef;
import nl.kring.domain.Relative;
import nl.kring.pseudonym.Recognition;
import nl.kring.pseudonym.Recognizer;
import nl.kring.report.ExportService;
import nl.kring.report.ExportPreview;
import nl.kring.report.MinutesSuspects;
import nl.kring.service.CaseService;
import nl.kring.service.MeetingService;
import nl.kring.report.ProgressListener;
import nl.kring.service.Services;
import nl.kring.store.SuspectDecisionRepository;
import nl.kring.ui.common.Dates;
import nl.kring.ui.common.Failures;
import nl.kring.ui.common.FormState;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.StatusMessage;
import nl.kring.ui.common.TaskExecutor;
import nl.kring.ui.common.Validation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The minutes of one meeting: per agenda item its paragraphs (optionally tagged with a leefgebied) and decisions,
 * recognised live as the chair types; the possible names the chair must still decide on; saving and the export of
 * the meeting's reports. Store work runs on the worker, recognition on a thread of its own.
 */
public final class MinutesViewModel extends FormState implements AutoCloseable {
    private final TaskExecutor executor;
    /** A paragraph at least this long was pasted in: the status line says how far its recognition is. */
    static final int LARGE_TEXT = 200_000;

    private final Services services;
    private final ObservableList<LocalDate> dates = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> current = new SimpleObjectProperty<>();
    private final ObservableList<ItemModel> items = FXCollections.observableArrayList();
    private final ObjectProperty<ItemModel> selected = new SimpleObjectProperty<>();
    private final BooleanProperty showNames = new SimpleBooleanProperty(true);
    private final ObservableList<SuspectRow> suspects = FXCollections.observableArrayList();
    private final IntegerProperty openSuspects = new SimpleIntegerProperty();
    private final IntegerProperty unclassified = new SimpleIntegerProperty();
    /** Suspects in the free texts that go out but are not edited here (recognised when the meeting is opened). */
    private final Map<MinutesSuspects.Source, List<nl.kring.pseudonym.Suspect>> otherTexts = new LinkedHashMap<>();
    private Recognizer recognizer;
    private final IntegerProperty pendingParagraphs = new SimpleIntegerProperty();
    private final StringProperty exportBlocked = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty exporting = new SimpleBooleanProperty();
    private final DoubleProperty exportProgress = new SimpleDoubleProperty();
    private final StringProperty exportStatus = new SimpleStringProperty("");
    private final StatusMessage notice = new StatusMessage();
    private final ObservableList<String> exportWarnings = FXCollections.observableArrayList();
    private final Map<String, SuspectDecisionRepository.Decision> decided = new HashMap<>();
    /** Judged names whose text was replaced by a marker in these minutes: open again when they come back (undo). */
    private final java.util.Set<String> replaced = new java.util.HashSet<>();
    private final LiveRecognition live;
    private final AtomicBoolean cancelExport = new AtomicBoolean();
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
        this.executor = executor;
        this.live = new LiveRecognition(recognition, p -> recomputeSuspects());
        this.services = services;
        items.addListener((ListChangeListener<ItemModel>) c -> changed());
        showNames.addListener((o, a, b) -> updateStatus());
        validProperty().addListener((o, a, b) -> updateExportBlock());
    }

    // ---- loading

    /** Loads the meeting dates; opens {@code open} afterwards (or keeps the current meeting). */
    public void refresh(LocalDate open) {
        if (open != null) {
            requested = open;
        }
        executor.background(p -> services.meetings().dates()).busy(busy).onSuccess(d -> {
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
        }).onError(notice::failed).start();
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
        executor.background(p -> load(services, date)).busy(busy).onSuccess(l -> {
            show(l);
            notice.clear();
        }).onError(notice::failed).start();
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

    /** Shows a loaded meeting. */
    public void show(Loaded l) {
        if (l.meeting().date().equals(requested)) {
            requested = null;
        }
        items.forEach(i -> i.paragraphs().forEach(live::forget));
        live.use(l.recognizer());
        recognizer = l.recognizer();
        otherTexts.clear();
        // the texts this editor does not edit but that go out with the reports: location, notes, disclosure texts
        Meeting others = new Meeting(l.meeting().date(), l.meeting().location(), l.meeting().start(), List.of(),
                l.meeting().items().stream().map(i -> new AgendaItem(i.caseNumber(), i.durationMinutes(), List.of(),
                        List.of(), i.disclosures())).toList());
        for (MinutesSuspects.Source src : MinutesSuspects.outgoing(others, l.cases())) {
            List<nl.kring.pseudonym.Suspect> found = l.recognizer().recognize(src.text()).suspects();
            if (!found.isEmpty()) {
                otherTexts.merge(src, found, (a, b) -> a);
            }
        }
        Map<String, CaseFile> map = new LinkedHashMap<>();
        l.cases().forEach(c -> map.put(c.number(), c));
        cases = map;
        Map<String, Partner> partners = new HashMap<>();
        l.partners().forEach(p -> partners.put(p.id(), p));
        partnerList = List.copyOf(l.partners());
        decided.clear();
        decided.putAll(l.decisions());
        replaced.clear();
        l.decisions().values().stream().filter(d -> d.kind() == SuspectDecisionRepository.Kind.PERSON
                        || d.kind() == SuspectDecisionRepository.Kind.MELDER)
                .forEach(d -> replaced.add(d.text()));
        loaded = l.meeting();
        ItemModel keep = selected.get();
        load(() -> {
            current.set(l.meeting().date());
            List<ItemModel> built = new ArrayList<>();
            for (AgendaItem item : l.meeting().items()) {
                CaseFile c = cases.get(item.caseNumber());
                List<PartnerRef> kring = c == null ? List.of() : c.kring().stream().map(partners::get)
                        .filter(java.util.Objects::nonNull).map(PartnerRef::of).toList();
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
                notice.info(I18n.t("minutes.pasted", megabytes(b.length())));
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

    /**
     * Lists the open suspects from the paragraphs' current recognitions, the decisions as typed, and every other free
     * text that goes out with the reports (leefgebied notes, disclosure texts, the location: recognised at opening).
     */
    void recomputeSuspects() {
        reopenUndone();
        Map<String, MinutesSuspects.Open> acc = new LinkedHashMap<>();
        java.util.Set<String> judged = java.util.Set.copyOf(decided.keySet());
        for (ItemModel item : items) {
            for (ParagraphModel p : item.paragraphs()) {
                Recognition r = p.recognition();
                if (r != null) {
                    MinutesSuspects.collect(item.caseNumber(), r, decided.keySet(), acc);
                }
                if (!judged.equals(p.judgedProperty().get())) {
                    p.judgedProperty().set(judged); // judged words lose their underline
                }
            }
            if (recognizer != null) {
                for (DecisionModel d : item.decisions()) {
                    String a = d.actionProperty().get();
                    if (a != null && !a.isBlank()) {
                        MinutesSuspects.collect(item.caseNumber(), recognizer.recognize(a), decided.keySet(), acc);
                    }
                }
            }
        }
        otherTexts.forEach((source, found) -> MinutesSuspects.collect(source.caseNumber(), found, decided.keySet(), acc));
        List<SuspectRow> rows = acc.values().stream()
                .map(o -> new SuspectRow(o.caseNumber(), o.text(), o.reason(), o.count())).toList();
        if (!rows.equals(suspects)) {
            suspects.setAll(rows);
        }
        openSuspects.set(rows.size());
        updateExportBlock();
    }

    private void updateExportBlock() {
        String why;
        if (current.get() == null) {
            why = I18n.t("minutes.export.noMeeting");
        } else if (exporting.get()) {
            why = I18n.t("minutes.export.running");
        } else if (pendingParagraphs.get() > 0 || !live.ready()) {
            why = I18n.t("minutes.export.recognising");
        } else if (openSuspects.get() == 1) {
            why = I18n.t("minutes.export.oneOpen");
        } else if (openSuspects.get() > 1) {
            why = I18n.t("minutes.export.open", openSuspects.get());
        } else if (!isValid()) {
            why = I18n.t("minutes.export.invalid");
        } else {
            why = "";
        }
        exportBlocked.set(why);
    }

    /**
     * A name that was replaced by a marker and is back in the text (the chair pressed undo, or typed it again) is
     * open again: its decision is forgotten, here and in the vault, so the list, the counters and the export block
     * follow. Only recognitions of the current text count (an older one may still show the name just replaced).
     */
    private void reopenUndone() {
        if (replaced.isEmpty()) {
            return;
        }
        java.util.Set<String> back = new java.util.HashSet<>();
        for (ItemModel item : items) {
            for (ParagraphModel p : item.paragraphs()) {
                Recognition r = p.recognition();
                if (r == null || !r.text().equals(p.text())) {
                    continue;
                }
                for (nl.kring.pseudonym.Suspect s : r.suspects()) {
                    String key = MeetingService.possibleNameKey(s.text());
                    if (replaced.contains(key)) {
                        back.add(key);
                    }
                }
            }
        }
        LocalDate date = current.get();
        for (String key : back) {
            replaced.remove(key);
            decided.remove(key);
            if (date != null) {
                executor.background(p -> {
                    services.meetings().forgetPossibleName(date, key);
                    return null;
                }).onError(notice::failed).start();
            }
        }
    }

    /** The open suspects of one item. */
    public List<SuspectRow> suspectsOf(ItemModel item) {
        return suspects.stream().filter(s -> s.caseNumber().equals(item.caseNumber())).toList();
    }

    /** Not a person (a professional, a place): stays as written; the decision is stored at once. */
    public void dismiss(SuspectRow s) {
        decide(s.text(), SuspectDecisionRepository.Kind.DISMISSED, null, "dismissed");
    }

    /** An unknown person: every occurrence in these minutes becomes {@code [persoon]}. */
    public void confirmPerson(SuspectRow s) {
        String marker = I18n.t("minutes.marker.person");
        replaceEverywhere(s.text(), marker);
        replaced.add(MeetingService.possibleNameKey(s.text()));
        decide(s.text(), SuspectDecisionRepository.Kind.PERSON, marker, "confirmed as person");
    }

    /**
     * The melder of a case, named in a way the recogniser does not know (a nickname, a role with a name): every
     * occurrence in these minutes becomes {@code [melder]}, and every output (partner reports, verslag, inzage copy)
     * reads {@code [melder]} as it does for the recorded melder (issue 11).
     */
    public void confirmMelder(SuspectRow s) {
        String marker = SuspectDecisionRepository.MELDER_MARKER;
        replaceEverywhere(s.text(), marker);
        replaced.add(MeetingService.possibleNameKey(s.text()));
        decide(s.text(), SuspectDecisionRepository.Kind.MELDER, marker, "confirmed as melder");
    }

    /** The marker for someone related to a case: {@code [buurman van cliënt 2026-017]}. */
    public static String relativeMarker(String relation, String caseNumber) {
        return "[" + relation.strip() + " van cliënt " + caseNumber + "]";
    }

    /**
     * Someone related to a client: either the text becomes a marker such as {@code [buurman van cliënt 2026-017]},
     * or ({@code addToCase}) the person is added as a relative of the case, so this and every later mention is
     * recognised and replaced at export like any relative.
     */
    public void confirmRelative(SuspectRow s, String caseNumber, String relation, boolean addToCase) {
        if (relation == null || relation.isBlank() || caseNumber == null) {
            return;
        }
        String marker = relativeMarker(relation, caseNumber);
        LocalDate date = current.get();
        if (!addToCase) {
            replaceEverywhere(s.text(), marker);
            replaced.add(MeetingService.possibleNameKey(s.text()));
            decide(s.text(), SuspectDecisionRepository.Kind.RELATIVE, marker, "confirmed as relative");
            return;
        }
        String name = personName(s.text());
        decided.put(MeetingService.possibleNameKey(s.text()),
                new SuspectDecisionRepository.Decision(MeetingService.possibleNameKey(s.text()), SuspectDecisionRepository.Kind.RELATIVE, marker));
        recomputeSuspects();
        executor.background(p -> {
            services.cases().addRelativeFromMinutes(caseNumber, new Relative(name, relation.strip()), date, s.text(),
                    marker);
            List<CaseFile> cs = services.cases().all();
            // the same recogniser as at the load (the meeting's place and the vault's own words known)
            Meeting m = services.meetings().find(date).orElse(null);
            return new Object[] {cs, services.outputs().recognizer(cs, services.partners().all(), ExportService.places(m))};
        }).busy(busy).onSuccess(r -> {
            @SuppressWarnings("unchecked") List<CaseFile> cs = (List<CaseFile>) r[0];
            Map<String, CaseFile> map = new LinkedHashMap<>();
            cs.forEach(c -> map.put(c.number(), c));
            cases = map;
            live.use((Recognizer) r[1]);
            items.forEach(i -> i.paragraphs().forEach(p -> live.request(p, 0)));
            notice.info(I18n.t("minutes.relativeAdded", caseNumber));
        }).onError(notice::failed).start();
    }

    /** The name in a suspect text without a leading title or person word ("dhr. Henk Verweij" → "Henk Verweij"). */
    static String personName(String text) {
        String[] words = MeetingService.possibleNameKey(text).split(" ");
        int i = 0;
        while (i < words.length - 1 && (words[i].endsWith(".") || Character.isLowerCase(words[i].charAt(0))
                || List.of("Dhr", "Mw", "Mevr", "Meneer", "Mevrouw", "De", "Heer").contains(words[i]))) {
            if (words[i].equals("De") && i + 1 < words.length && !words[i + 1].equals("heer")) {
                break;
            }
            i++;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
    }

    private void replaceEverywhere(String text, String marker) {
        for (ItemModel item : items) {
            for (ParagraphModel p : item.paragraphs()) {
                String replaced = MinutesSuspects.replaceWhole(p.text(), text, marker);
                if (!replaced.equals(p.text())) {
                    p.textProperty().set(replaced);
                }
            }
        }
    }

    private void decide(String text, SuspectDecisionRepository.Kind kind, String replacement, String what) {
        LocalDate date = current.get();
        String key = MeetingService.possibleNameKey(text);
        decided.put(key, new SuspectDecisionRepository.Decision(key, kind, replacement));
        recomputeSuspects();
        executor.background(p -> {
            services.meetings().judgePossibleName(date, text, kind, replacement, what);
            return null;
        }).onError(notice::failed).start();
    }

    /** Takes a stored decision back (the suspect is open again wherever it still occurs). */
    public void undecide(String text) {
        LocalDate date = current.get();
        decided.remove(MeetingService.possibleNameKey(text));
        replaced.remove(MeetingService.possibleNameKey(text));
        recomputeSuspects();
        executor.background(p -> {
            services.meetings().forgetPossibleName(date, text);
            return null;
        }).onError(notice::failed).start();
    }

    public Map<String, SuspectDecisionRepository.Decision> decisions() {
        return Map.copyOf(decided);
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
        if (date == null || !isValid() || busy.get()) {
            return;
        }
        List<MeetingService.ItemMinutes> edited = edited();
        executor.background(p -> services.meetings().saveMinutes(date, edited)).busy(busy).onSuccess(m -> {
            loaded = m;
            dirtyProperty().set(false);
            notice.info(I18n.t("minutes.saved", Dates.format(date)));
            onSaved.accept(date);
            if (then != null) {
                then.run();
            }
        }).onError(notice::failed).start();
    }

    // ---- export

    /** Why the reports cannot be made now, in words; empty when they can. */
    public StringProperty exportBlockedProperty() {
        return exportBlocked;
    }

    /**
     * Saves unsaved minutes, checks the stored minutes once more for open suspects (as {@code kring export} does),
     * then writes the meeting's reports into {@code dir} in the background, with progress; {@code done} gets the
     * folder on the FX thread when all files are written.
     */
    public void export(Path dir, Consumer<Path> done) {
        export(dir, Map.of(), done);
    }

    /**
     * The partners that get a report of the shown meeting, as the export decides ({@code MeetingExportInput} without
     * explicit recipients): every kring partner of an item, present or not, and each partner with someone checked in.
     */
    public List<Partner> reportRecipients() {
        if (loaded == null) {
            return List.of();
        }
        java.util.Set<String> kring = new java.util.HashSet<>(nl.kring.domain.NeedToKnow.recipients(loaded,
                n -> cases.containsKey(n) ? cases.get(n).kring() : List.of()));
        return partnerList.stream().filter(p -> kring.contains(p.id())
                || p.attendees().stream().anyMatch(a -> loaded.present().contains(a.id()))).toList();
    }

    /** As {@link #export(Path, Consumer)}, with an AES-256 password for the reports of the partners in the map. */
    public void export(Path dir, Map<String, String> passwords, Consumer<Path> done) {
        export(dir, passwords, false, done);
    }

    /** As above; with {@code mail} a mail draft beside each partner report (issue 14). */
    public void export(Path dir, Map<String, String> passwords, boolean mail, Consumer<Path> done) {
        Map<String, String> protect = Map.copyOf(passwords);
        if (!exportBlocked.get().isEmpty() || busy.get() || dir == null) {
            return;
        }
        LocalDate date = current.get();
        List<MeetingService.ItemMinutes> edited = dirtyProperty().get() ? edited() : null;
        cancelExport.set(false);
        exportWarnings.clear();
        exportProgress.set(0);
        exportStatus.set(I18n.t("minutes.export.starting"));
        exporting.set(true);
        updateExportBlock();
        executor.background(p -> {
            if (edited != null) {
                services.meetings().saveMinutes(date, edited);
            }
            // The shared output rule (issue 11): never into a vault folder.
            if (nl.kring.vault.OutputPaths.problem(dir).isPresent()) {
                throw new Failures.UserMessage(I18n.t("minutes.export.outPath"));
            }
            return services.outputs().exportMeeting(date, dir, protect, new ProgressListener() {
                @Override
                public void progress(int n, int total, String fileName) {
                    Platform.runLater(() -> {
                        exportProgress.set(total == 0 ? 1 : (double) n / total);
                        exportStatus.set(I18n.t("minutes.export.progress", n, total, fileName));
                    });
                }

                @Override
                public void warning(String text) {
                    Platform.runLater(() -> exportWarnings.add(text));
                }

                @Override
                public boolean isCancelled() {
                    return cancelExport.get();
                }
            }, mail);
        }).busy(busy).onSuccess(result -> {
            exporting.set(false);
            if (edited != null) {
                dirtyProperty().set(false);
            }
            exportProgress.set(1);
            exportStatus.set("");
            notice.info(protect.isEmpty() ? I18n.t("minutes.export.done", result.files().size(), dir.toAbsolutePath().toString())
                    : I18n.t("minutes.export.doneProtected", result.files().size(), dir.toAbsolutePath().toString(), protect.size()));
            updateExportBlock();
            done.accept(dir);
        }).onError(e -> {
            exporting.set(false);
            exportStatus.set("");
            updateExportBlock();
            if (e instanceof CancellationException || cancelExport.get()) {
                notice.info(I18n.t("minutes.export.cancelled"));
            } else if (e instanceof ExportService.OpenPossibleNames refused) {
                notice.error(I18n.t("minutes.export.open", refused.open().size()));
            } else {
                notice.failed(e);
            }
        }).start();
    }

    /** One partner's report as it will be sent (page images, PNG) and every replacement made in what it receives. */
    public record Preview(String partnerId, List<byte[]> pages, List<ExportPreview.Replacement> replacements) {
    }

    /**
     * Renders, in the background, the report the partner will receive exactly as the export renders it, and lists the
     * replacements made in its texts (issue 11, a preview before anything leaves). Unsaved minutes are saved first, as
     * the export does, so that the preview shows what will be sent.
     */
    public void preview(String partnerId, Consumer<Preview> done) {
        previewWith(l -> new Preview(partnerId, nl.kring.ui.common.PdfPreview.pages(ExportPreview.report(l, partnerId)),
                ExportPreview.replacements(l, partnerId)), done);
    }

    /** What a preview makes of the meeting's export input, in the background. */
    private interface Render<T> {
        T from(ExportPreview.Loaded loaded) throws Exception;
    }

    /** Saves unsaved minutes first (as the export does), then renders from the export's own input. */
    private <T> void previewWith(Render<T> render, Consumer<T> done) {
        LocalDate date = current.get();
        if (date == null || busy.get()) {
            return;
        }
        List<MeetingService.ItemMinutes> edited = dirtyProperty().get() && validProperty().get() ? edited() : null;
        executor.background(p -> {
            if (edited != null) {
                services.meetings().saveMinutes(date, edited);
            }
            return render.from(services.outputs().exportPreview(date));
        }).busy(busy).onSuccess(result -> {
            if (edited != null) {
                dirtyProperty().set(false);
            }
            done.accept(result);
        }).onError(notice::failed).start();
    }

    /** The meeting's documents besides the partner reports that the chair can preview before the export. */
    public enum Document {
        ROOSTER, VERSLAG
    }

    /**
     * Renders, in the background, the rooster or the verslag exactly as the export will write it (issue 11: every
     * output previewed before it leaves), as page images. Unsaved minutes are saved first, as for a partner's preview.
     */
    public void previewDocument(Document which, Consumer<List<byte[]>> done) {
        previewWith(l -> nl.kring.ui.common.PdfPreview.pages(which == Document.ROOSTER ? ExportPreview.schedule(l)
                : ExportPreview.minutes(l)), done);
    }

    public void cancelExport() {
        cancelExport.set(true);
    }

    // ---- plumbing



    /** Stops the recognition thread (the view is gone: lock, or another vault). */
    @Override
    public void close() {
        live.close();
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

    public ObservableList<SuspectRow> suspects() {
        return suspects;
    }

    public IntegerProperty openSuspectsProperty() {
        return openSuspects;
    }

    public IntegerProperty pendingParagraphsProperty() {
        return pendingParagraphs;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty exportingProperty() {
        return exporting;
    }

    public DoubleProperty exportProgressProperty() {
        return exportProgress;
    }

    public StringProperty exportStatusProperty() {
        return exportStatus;
    }

    public ObservableList<String> exportWarnings() {
        return exportWarnings;
    }

    public StringProperty messageProperty() {
        return notice.textProperty();
    }

    StatusMessage notice() {
        return notice;
    }

    public BooleanProperty messageIsErrorProperty() {
        return notice.isErrorProperty();
    }

    /** The client's name for a case on the chair's screen, or empty. */
    public Optional<String> clientName(String caseNumber) {
        CaseFile c = cases.get(caseNumber);
        return c == null ? Optional.empty() : Optional.of(c.client().displayName());
    }
}
