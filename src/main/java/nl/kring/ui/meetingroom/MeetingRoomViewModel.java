package nl.kring.ui.meetingroom;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.Audience;
import nl.kring.domain.CaseFile;
import nl.kring.domain.CaseViewer;
import nl.kring.domain.FreeText;
import nl.kring.domain.ItemView;
import nl.kring.domain.Meeting;
import nl.kring.domain.Partner;
import nl.kring.domain.PoliceRule;
import nl.kring.domain.RelevanceMatrix;
import nl.kring.report.ExportService;
import nl.kring.report.Pseudonymiser;
import nl.kring.service.Services;
import nl.kring.ui.cases.ConsentTexts;
import nl.kring.ui.common.Failures;
import nl.kring.ui.common.ScreenTasks;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.TaskExecutor;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The meeting in the room: loading it, the current item and moving between items, the chair's own view of it and
 * "bekijk als". Composed of parts: who is checked in and who is outside the item's kring ({@link CheckIn}), what the
 * presentation window may show and the chair's override ({@link Presentation}), and the disclosure notes proposed
 * from what it showed ({@link ProposedNotes}). Every read and write runs in the background through the
 * {@link Services}; everything else is computed here on the FX thread from what was loaded, with the one
 * {@link CaseViewer}.
 */
public final class MeetingRoomViewModel {
    private final Services services;
    private final LocalDate date;

    private final ObjectProperty<Meeting> meeting = new SimpleObjectProperty<>();
    private final IntegerProperty index = new SimpleIntegerProperty(-1);
    private final ReadOnlyObjectWrapper<ItemView> chairView = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final ScreenTasks tasks;
    private final CheckIn checkIn;
    private final Presentation presentation;
    private final ProposedNotes notes;

    private Map<String, CaseFile> cases = Map.of();
    private final StringProperty consentRule = new SimpleStringProperty("");
    private Map<String, Partner> partners = Map.of();
    private RelevanceMatrix matrix = RelevanceMatrix.defaults();
    /** Who reads information from the police (issue 15). */
    private PoliceRule policeRule = PoliceRule.DEFAULT;
    private CaseViewer viewer;
    private Pseudonymiser pseudonymiser = (c, t) -> t;
    private FreeText freeText = FreeText.AS_STORED;

    public MeetingRoomViewModel(TaskExecutor executor, Services services, LocalDate date) {
        this.services = Objects.requireNonNull(services, "services");
        this.date = Objects.requireNonNull(date, "date");
        this.tasks = new ScreenTasks(executor);
        this.checkIn = new CheckIn(tasks, services, date, this::presenceChanged);
        this.presentation = new Presentation(tasks, services, date, checkIn);
        this.notes = new ProposedNotes(tasks, services, date);
        index.addListener((o, a, b) -> update());
        presentation.blankedProperty().addListener((o, a, b) -> update());
        presentation.openProperty().addListener((o, a, b) -> update());
    }

    /** What is loaded at the start: the matrix too, so an edit in the matrix screen applies to this meeting. */
    public record Data(Meeting meeting, List<CaseFile> cases, List<Partner> partners, RelevanceMatrix matrix,
                       Pseudonymiser pseudonymiser, FreeText freeText, PoliceRule policeRule) {
        public Data {
            policeRule = policeRule == null ? PoliceRule.DEFAULT : policeRule;
        }

        public Data(Meeting meeting, List<CaseFile> cases, List<Partner> partners, RelevanceMatrix matrix,
                    Pseudonymiser pseudonymiser, FreeText freeText) {
            this(meeting, cases, partners, matrix, pseudonymiser, freeText, null);
        }

        public Data(Meeting meeting, List<CaseFile> cases, List<Partner> partners, RelevanceMatrix matrix,
                    Pseudonymiser pseudonymiser) {
            this(meeting, cases, partners, matrix, pseudonymiser, null);
        }
    }

    /** Loads the meeting, the cases, the partners and the matrix; then shows the first item. */
    public void load() {
        tasks.run(p -> {
            Meeting m = services.meetings().find(date)
                    .orElseThrow(() -> new Failures.UserMessage(I18n.t("room.error.noMeeting", date)));
            List<CaseFile> all = services.cases().all();
            List<Partner> register = services.partners().all();
            notes.read();
            ExportService.RoomText text = roomText(m, all, register);
            return new Data(m, all, register, services.matrix().load(), text.pseudonymiser(), text.freeText(),
                    services.settings().policeRule());
        }, d -> {
            setData(d);
            notes.restore();
        });
    }

    void setData(Data d) {
        Map<String, CaseFile> byNumber = new LinkedHashMap<>();
        d.cases().forEach(c -> byNumber.put(c.number(), c));
        Map<String, Partner> byId = new LinkedHashMap<>();
        d.partners().forEach(p -> byId.put(p.id(), p));
        cases = byNumber;
        partners = byId;
        notes.usePartners(byId);
        matrix = d.matrix();
        policeRule = d.policeRule();
        pseudonymiser = d.pseudonymiser();
        freeText = d.freeText() != null ? d.freeText()
                : (text, identityVisible) -> identityVisible ? text : d.pseudonymiser().pseudonymise(null, text);
        buildViewers();
        meeting.set(d.meeting());
        checkIn.build(d.meeting(), byNumber, byId);
        loaded.set(true);
        if (index.get() < 0 && !d.meeting().items().isEmpty()) {
            index.set(0); // updates
        } else {
            update();
        }
    }

    private void buildViewers() {
        // Free text: other clients always as markers limited to the audience's kring (NeedToKnow); the item's own
        // client by name where the audience may see it, else (an admitted outsider) as the case number too.
        viewer = CaseViewer.of(matrix, partners).withKringen(cases.values()).withFreeText(freeText)
                .withPoliceRule(policeRule);
    }

    // ---- navigation ----

    public void next() {
        go(index.get() + 1);
    }

    public void previous() {
        go(index.get() - 1);
    }

    public void go(int i) {
        Meeting m = meeting.get();
        if (m == null || i < 0 || i >= m.items().size() || i == index.get()) {
            return;
        }
        notes.proposeSeen();
        index.set(i);
        reload();
    }

    /**
     * Reads the meeting, the cases and the matrix again (the minutes may have been written meanwhile, the matrix
     * edited): the current item keeps its case, the chair's check-ins stay as they are on screen.
     */
    public void reload() {
        tasks.read(p -> {
                    Optional<Meeting> m = services.meetings().find(date);
                    List<CaseFile> all = services.cases().all();
                    return new Reloaded(m, all, services.matrix().load(),
                            roomText(m.orElse(null), all, services.partners().all()));
                },
                r -> {
                    if (r.meeting().isEmpty()) {
                        return;
                    }
                    String at = currentCaseNumber();
                    Map<String, CaseFile> byNumber = new LinkedHashMap<>();
                    r.cases().forEach(c -> byNumber.put(c.number(), c));
                    cases = byNumber;
                    matrix = r.matrix();
                    // judgements made meanwhile (the room's own minutes): their markers, not the names as typed
                    pseudonymiser = r.text().pseudonymiser();
                    freeText = r.text().freeText();
                    buildViewers();
                    Meeting fresh = r.meeting().get();
                    meeting.set(new Meeting(fresh.date(), fresh.location(), fresh.start(), checkIn.presentIds(), fresh.items()));
                    int i = at == null ? -1 : indexOf(fresh, at);
                    if (i >= 0 && i != index.get()) {
                        index.set(i);
                    } else if (i < 0 && index.get() >= fresh.items().size()) {
                        index.set(fresh.items().size() - 1);
                    } else {
                        update();
                    }
                });
    }

    /** What {@link #reload()} reads again. */
    private record Reloaded(Optional<Meeting> meeting, List<CaseFile> cases, RelevanceMatrix matrix,
                            ExportService.RoomText text) {
    }

    /**
     * The minutes keep a judged name as typed (issue 13): the room's free text and the override's reason apply the
     * chair's judgements ({@code [persoon]}, {@code [melder]}, {@code [moeder van cliënt …]}) as every export does.
     */
    private ExportService.RoomText roomText(Meeting m, List<CaseFile> all, List<Partner> register) {
        return ExportService.roomText(all, register, ExportService.places(m),
                services.meetings().judgedPossibleNames(date).values());
    }

    private static int indexOf(Meeting m, String caseNumber) {
        for (int i = 0; i < m.items().size(); i++) {
            if (m.items().get(i).caseNumber().equals(caseNumber)) {
                return i;
            }
        }
        return -1;
    }

    // ---- presence and presentation ----

    /** Someone checked in or out: the meeting on screen holds who is present, the item is judged again. */
    private void presenceChanged() {
        update();
        Meeting m = meeting.get();
        if (m != null) {
            meeting.set(new Meeting(m.date(), m.location(), m.start(), checkIn.presentIds(), m.items()));
        }
    }

    /**
     * "Toch tonen" for the current item (see {@link Presentation#override}); the reason is pseudonymised with this
     * meeting's names before it is audited.
     *
     * @return the refusal, or empty when done
     */
    public Optional<String> override(String reason) {
        Optional<String> refused = presentation.override(reason, pseudonymiser);
        if (refused.isEmpty()) {
            update();
        }
        return refused;
    }

    /** Recomputes the chair's view, the outsiders and the presentation, and audits a new showing. */
    private void update() {
        CaseFile c = currentCase();
        AgendaItem item = currentItem();
        // the rule for who decides on consent, with the age on the meeting date (handreiking deel II §4.2-4.3)
        consentRule.set(c == null || meeting.get() == null ? "" : ConsentTexts.rule(c, meeting.get().date()));
        checkIn.judge(c);
        chairView.set(c == null || viewer == null ? null : viewer.view(c, item, Audience.chair()));
        Meeting m = meeting.get();
        presentation.show(c, item, index.get() + 1, m == null ? 0 : m.items().size(), viewer);
        notes.remember(c, presentation.stateProperty().get(), checkIn.presentPartners(),
                presentation.overrideReason(c == null ? null : c.number()));
    }

    // ---- proposed disclosure notes (issue 15) ----

    /** The chair is done with the current item (the last one, say): propose its notes now. */
    public void finishItem() {
        notes.proposeSeen();
        update(); // what stays on screen is remembered again, for when the chair moves on after all
    }

    /** The disclosure notes proposed from what the presentation showed (issue 15). */
    public ProposedNotes notes() {
        return notes;
    }

    // ---- bekijk als ----

    /** What one attendee may see of the current item, for "bekijk als". */
    public record ViewAs(AttendeeRow attendee, String caseNumber, ItemView view) {
    }

    public Optional<ViewAs> viewAs(String attendeeId) {
        CaseFile c = currentCase();
        Optional<AttendeeRow> r = checkIn.row(attendeeId);
        if (c == null || r.isEmpty() || viewer == null) {
            return Optional.empty();
        }
        return Optional.of(new ViewAs(r.get(), c.number(),
                viewer.view(c, currentItem(), Audience.attendee(r.get().partner()))));
    }

    // ---- current item ----

    public CaseFile currentCase() {
        AgendaItem item = currentItem();
        return item == null ? null : cases.get(item.caseNumber());
    }

    public AgendaItem currentItem() {
        Meeting m = meeting.get();
        int i = index.get();
        return m == null || i < 0 || i >= m.items().size() ? null : m.items().get(i);
    }

    public String currentCaseNumber() {
        AgendaItem item = currentItem();
        return item == null ? null : item.caseNumber();
    }

    /** The kring of a case on the agenda, as partners (for the agenda list on the chair's screen). */
    public List<Partner> kring(String caseNumber) {
        CaseFile c = cases.get(caseNumber);
        return c == null ? List.of() : c.kring().stream().map(partners::get).filter(Objects::nonNull).toList();
    }

    /** The client's name for the chair's own agenda list. */
    public String clientName(String caseNumber) {
        CaseFile c = cases.get(caseNumber);
        return c == null || c.client() == null ? "" : c.client().displayName();
    }

    // ---- properties ----

    public LocalDate date() {
        return date;
    }

    public ReadOnlyObjectProperty<Meeting> meetingProperty() {
        return meeting;
    }

    /** Who decides on consent for the current item and whether they did; empty for an adult (chair's screen only). */
    public StringProperty consentRuleProperty() {
        return consentRule;
    }

    public IntegerProperty indexProperty() {
        return index;
    }

    /** Who is checked in, and who of them is outside the current item's kring. */
    public CheckIn checkIn() {
        return checkIn;
    }

    /** What the presentation window shows, blanking and the chair's override. */
    public Presentation presentation() {
        return presentation;
    }

    public ReadOnlyObjectProperty<ItemView> chairViewProperty() {
        return chairView.getReadOnlyProperty();
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.busyProperty();
    }

    public StringProperty messageProperty() {
        return tasks.status().textProperty();
    }

    public BooleanProperty messageIsErrorProperty() {
        return tasks.status().isErrorProperty();
    }

    /** After a lock: results still on their way are dropped (the writes already queued still happen). */
    public void clear() {
        tasks.clear();
    }
}
