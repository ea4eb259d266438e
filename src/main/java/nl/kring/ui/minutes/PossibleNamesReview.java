package nl.kring.ui.minutes;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Meeting;
import nl.kring.domain.Relative;
import nl.kring.pseudonym.Recognition;
import nl.kring.pseudonym.Recognizer;
import nl.kring.pseudonym.Suspect;
import nl.kring.report.ExportService;
import nl.kring.report.MinutesSuspects;
import nl.kring.service.MeetingService;
import nl.kring.service.Services;
import nl.kring.store.SuspectDecisionRepository;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.ScreenTasks;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The possible names in the minutes of one meeting and in every other free text that goes out with its reports, and
 * the chair's judgement of each (not a person, an unknown person, the melder, a relative of a client). A judgement is
 * stored at once through the meeting service. The text keeps the name as typed (issue 13: the vault keeps what was typed,
 * the marker is for output); the editor marks a judged name and every output replaces it by its marker. A judgement
 * taken back ({@link #undecide}) makes the name open again. Part of the minutes editor ({@link MinutesViewModel} composes it and tells it when the texts change).
 */
public final class PossibleNamesReview {
    private final ScreenTasks tasks;
    private final Services services;
    private final ObservableList<ItemModel> items;
    private final Supplier<LocalDate> meeting;
    private final LiveRecognition live;
    /** Told after every change of the open names (the export block follows). */
    private final Runnable changed;
    /** Told the vault's cases after a relative was added to one of them. */
    private final Consumer<List<CaseFile>> casesChanged;

    private final ObservableList<SuspectRow> suspects = FXCollections.observableArrayList();
    /** The judgements of this meeting, by name: each can be taken back ({@link #takeBack}). */
    private final ObservableList<JudgedRow> judgedRows = FXCollections.observableArrayList();
    private final IntegerProperty open = new SimpleIntegerProperty();
    /** Suspects in the free texts that go out but are not edited here (recognised when the meeting is opened). */
    private final Map<MinutesSuspects.Source, List<Suspect>> otherTexts = new LinkedHashMap<>();
    private final Map<String, SuspectDecisionRepository.Decision> decided = new HashMap<>();
    /** The judgements taken in this editor, the last one first: Ctrl+Z right after one takes it back. */
    private final Deque<String> taken = new ArrayDeque<>();
    /** The minutes' texts when the last judgement was taken: Ctrl+Z takes it back only while nobody typed since. */
    private List<String> textsAtJudgement = List.of();
    private Recognizer recognizer;
    /** Told the meeting's date after a judgement was stored or taken back (the meeting room and the other editor follow). */
    private Consumer<LocalDate> onJudged = d -> { };
    /** Judgements made or taken back here; a re-read of the vault's judgements started before one is read again. */
    private long localChanges;

    PossibleNamesReview(ScreenTasks tasks, Services services, ObservableList<ItemModel> items, Supplier<LocalDate> meeting,
                        LiveRecognition live, Runnable changed, Consumer<List<CaseFile>> casesChanged) {
        this.tasks = tasks;
        this.services = services;
        this.items = items;
        this.meeting = meeting;
        this.live = live;
        this.changed = changed;
        this.casesChanged = casesChanged;
    }

    /** After a lock: nothing of the names found or judged, nor the judgements Ctrl+Z could take back, stays. */
    void clear() {
        suspects.clear();
        judgedRows.clear();
        open.set(0);
        otherTexts.clear();
        decided.clear();
        taken.clear();
        textsAtJudgement = List.of();
        recognizer = null;
    }

    /** A meeting was opened: its recogniser, the judgements stored for it, and the other texts that go out recognised. */
    void show(MinutesViewModel.Loaded l) {
        recognizer = l.recognizer();
        otherTexts.clear();
        // the texts this editor does not edit but that go out with the reports: location, notes, disclosure texts
        Meeting others = new Meeting(l.meeting().date(), l.meeting().location(), l.meeting().start(), List.of(),
                l.meeting().items().stream().map(i -> new AgendaItem(i.caseNumber(), i.durationMinutes(), List.of(),
                        List.of(), i.disclosures())).toList());
        for (MinutesSuspects.Source src : MinutesSuspects.outgoing(others, l.cases())) {
            List<Suspect> found = l.recognizer().recognize(src.text()).suspects();
            if (!found.isEmpty()) {
                otherTexts.merge(src, found, (a, b) -> a);
            }
        }
        decided.clear();
        decided.putAll(l.decisions());
        taken.clear();
    }

    /**
     * Lists the open suspects from the paragraphs' current recognitions, the decisions as typed, and every other free
     * text that goes out with the reports (leefgebied notes, disclosure texts, the location: recognised at opening).
     */
    void recompute() {
        Map<String, MinutesSuspects.Open> acc = new LinkedHashMap<>();
        // each paragraph's one source of the judgements: key → marker, "" for "not a person"
        Map<String, String> judgements = new HashMap<>();
        decided.forEach((k, d) -> judgements.put(k, d.kind() == SuspectDecisionRepository.Kind.DISMISSED
                || d.replacement() == null ? "" : d.replacement()));
        Map<String, String> fixed = Map.copyOf(judgements);
        for (ItemModel item : items) {
            for (ParagraphModel p : item.paragraphs()) {
                Recognition r = p.recognition();
                if (r != null) {
                    MinutesSuspects.collect(item.caseNumber(), r, decided.keySet(), acc);
                }
                if (!fixed.equals(p.judgementsProperty().get())) {
                    p.judgementsProperty().set(fixed); // judged words lose their underline, markers show
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
        List<JudgedRow> judgedNow = decided.values().stream()
                .sorted(Comparator.comparing(SuspectDecisionRepository.Decision::text, String.CASE_INSENSITIVE_ORDER))
                .map(d -> new JudgedRow(d.text(), d.kind(), d.replacement())).toList();
        if (!judgedNow.equals(judgedRows)) {
            judgedRows.setAll(judgedNow);
        }
        List<SuspectRow> rows = acc.values().stream()
                .map(o -> new SuspectRow(o.caseNumber(), o.text(), o.reason(), o.count())).toList();
        if (!rows.equals(suspects)) {
            suspects.setAll(rows);
        }
        open.set(rows.size());
        changed.run();
    }

    /** The open suspects of one item. */
    public List<SuspectRow> suspectsOf(ItemModel item) {
        return suspects.stream().filter(s -> s.caseNumber().equals(item.caseNumber())).toList();
    }

    /** Not a person (a professional, a place): stays as written; the decision is stored at once. */
    public void dismiss(SuspectRow s) {
        decide(s.text(), SuspectDecisionRepository.Kind.DISMISSED, null, "dismissed");
    }

    /** An unknown person: the text stays as typed, every output reads {@code [persoon]} for it. */
    public void confirmPerson(SuspectRow s) {
        String marker = I18n.t("minutes.marker.person");
        decide(s.text(), SuspectDecisionRepository.Kind.PERSON, marker, "confirmed as person");
    }

    /**
     * The melder of a case, named in a way the recogniser does not know (a nickname, a role with a name): every
     * text stays as typed, and every output (partner reports, verslag, inzage copy)
     * reads {@code [melder]} as it does for the recorded melder (issue 11).
     */
    public void confirmMelder(SuspectRow s) {
        String marker = SuspectDecisionRepository.MELDER_MARKER;
        decide(s.text(), SuspectDecisionRepository.Kind.MELDER, marker, "confirmed as melder");
    }

    /** The marker for someone related to a case: {@code [buurman van cliënt 2026-017]}. */
    public static String relativeMarker(String relation, String caseNumber) {
        return "[" + relation.strip() + " van cliënt " + caseNumber + "]";
    }

    /** What adding a relative reads back: the vault's cases and the recogniser that now knows the relative. */
    private record Relearned(List<CaseFile> cases, Recognizer recognizer) {
    }

    /**
     * Someone related to a client: either every output reads a marker such as {@code [buurman van cliënt 2026-017]}
     * for the text (which stays as typed),
     * or ({@code addToCase}) the person is added as a relative of the case, so this and every later mention is
     * recognised and replaced at export like any relative.
     */
    public void confirmRelative(SuspectRow s, String caseNumber, String relation, boolean addToCase) {
        if (relation == null || relation.isBlank() || caseNumber == null) {
            return;
        }
        String marker = relativeMarker(relation, caseNumber);
        LocalDate date = meeting.get();
        if (!addToCase) {
            decide(s.text(), SuspectDecisionRepository.Kind.RELATIVE, marker, "confirmed as relative");
            return;
        }
        String name = personName(s.text());
        String key = MeetingService.possibleNameKey(s.text());
        decided.put(key, new SuspectDecisionRepository.Decision(key, SuspectDecisionRepository.Kind.RELATIVE, marker));
        localChanges++;
        recompute();
        tasks.run(p -> {
            services.cases().addRelativeFromMinutes(caseNumber, new Relative(name, relation.strip()), date, s.text(),
                    marker);
            List<CaseFile> cs = services.cases().all();
            // the same recogniser as at the load (the meeting's place and the vault's own words known)
            Meeting m = services.meetings().find(date).orElse(null);
            return new Relearned(cs, services.outputs().recognizer(cs, services.partners().all(), ExportService.places(m)));
        }, r -> {
            casesChanged.accept(r.cases());
            recognizer = r.recognizer();
            live.use(r.recognizer());
            items.forEach(i -> i.paragraphs().forEach(p -> live.request(p, 0)));
            tasks.status().info(I18n.t("minutes.relativeAdded", caseNumber));
            onJudged.accept(date);
        });
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
        return String.join(" ", Arrays.copyOfRange(words, i, words.length));
    }

    private void decide(String text, SuspectDecisionRepository.Kind kind, String replacement, String what) {
        LocalDate date = meeting.get();
        String key = MeetingService.possibleNameKey(text);
        decided.put(key, new SuspectDecisionRepository.Decision(key, kind, replacement));
        taken.remove(key);
        taken.push(key);
        textsAtJudgement = texts();
        localChanges++;
        recompute();
        tasks.read(p -> {
            services.meetings().judgePossibleName(date, text, kind, replacement, what);
            return null;
        }, r -> onJudged.accept(date));
    }

    /** Takes a stored decision back (the suspect is open again wherever it still occurs). */
    public void undecide(String text) {
        LocalDate date = meeting.get();
        decided.remove(MeetingService.possibleNameKey(text));
        taken.remove(MeetingService.possibleNameKey(text));
        localChanges++;
        recompute();
        tasks.read(p -> {
            services.meetings().forgetPossibleName(date, text);
            return null;
        }, r -> onJudged.accept(date));
    }

    /**
     * Takes a judgement back later (the list of judged names, issue 13): the name is open again wherever it occurs,
     * underlined, counted and blocking the export until it is judged again; stored and audited as a judgement is.
     */
    public void takeBack(JudgedRow row) {
        if (row != null && decided.containsKey(MeetingService.possibleNameKey(row.text()))) {
            undecide(row.text());
        }
    }

    /**
     * The judgements of this meeting changed elsewhere (the other editor of the same minutes, issue 13): read them
     * again; judgements made here meanwhile are kept by reading once more.
     */
    void reread() {
        LocalDate date = meeting.get();
        if (date == null) {
            return;
        }
        long at = localChanges;
        tasks.read(p -> services.meetings().judgedPossibleNames(date), d -> {
            if (!date.equals(meeting.get())) {
                return;
            }
            if (at != localChanges) {
                reread();
                return;
            }
            decided.clear();
            decided.putAll(d);
            taken.retainAll(d.keySet());
            recompute();
        });
    }

    /** Called on the FX thread with the meeting's date after each judgement stored or taken back here. */
    void setOnJudged(Consumer<LocalDate> onJudged) {
        this.onJudged = onJudged == null ? d -> { } : onJudged;
    }

    /**
     * Ctrl+Z right after a judgement (nothing typed since): the judgement made last in this editor is taken back and
     * the name is open again; false when there is none, or the chair typed since (then Ctrl+Z undoes the typing).
     */
    public boolean undoLast() {
        String last = taken.peek();
        if (last == null || !texts().equals(textsAtJudgement)) {
            return false;
        }
        undecide(last);
        return true;
    }

    private List<String> texts() {
        return items.stream().flatMap(i -> i.paragraphs().stream()).map(ParagraphModel::text).toList();
    }

    public Map<String, SuspectDecisionRepository.Decision> decisions() {
        return Map.copyOf(decided);
    }

    /** The judgements of this meeting, one line per name, in alphabetical order. */
    public ObservableList<JudgedRow> judged() {
        return judgedRows;
    }

    /** The possible names still to judge, one line per name and item. */
    public ObservableList<SuspectRow> suspects() {
        return suspects;
    }

    public IntegerProperty openSuspectsProperty() {
        return open;
    }
}
