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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import nl.kring.agenda.AgendaPlanner;
import nl.kring.agenda.Schedule;
import nl.kring.audit.AuditLog;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.Attendee;
import nl.kring.domain.Audience;
import nl.kring.domain.CaseFile;
import nl.kring.domain.CaseView;
import nl.kring.domain.CaseViewer;
import nl.kring.domain.FreeText;
import nl.kring.domain.ItemView;
import nl.kring.domain.Meeting;
import nl.kring.domain.Partner;
import nl.kring.domain.PoliceRule;
import nl.kring.domain.RelevanceMatrix;
import nl.kring.report.ExportService;
import nl.kring.report.Pseudonymiser;
import nl.kring.service.MeetingService;
import nl.kring.service.PresentationService;
import nl.kring.service.Services;
import nl.kring.ui.cases.ConsentTexts;
import nl.kring.ui.common.Failures;
import nl.kring.ui.common.ScreenTasks;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.TaskExecutor;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The meeting in the room: the current item, who is checked in, whether someone present is outside the item's
 * kring, what the presentation window may show, and "bekijk als". Every store call runs on the worker
 * ({@link Tasks}); everything else is computed here on the FX thread from what was loaded, with the one
 * {@link CaseViewer}.
 *
 * <p>Audit: each showing of an item in an open presentation window is logged once
 * ({@link AuditLog.Action#CASE_VIEWED_IN_PRESENTATION}); a showing is one item shown to one set of people (a new
 * person checking in, blanking and unblanking, or coming back to the item are new showings; a repaint or reloaded
 * data is not). An override is logged as {@link AuditLog.Action#OVERRIDE} with its reason, pseudonymised. Check-in
 * and check-out are logged as {@link AuditLog.Action#MEETING_CHANGED}. Subjects and details name case numbers and
 * attendee or partner ids only.
 */
public final class MeetingRoomViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Services services;
    private final LocalDate date;

    private final ObjectProperty<Meeting> meeting = new SimpleObjectProperty<>();
    private final IntegerProperty index = new SimpleIntegerProperty(-1);
    private final ObservableList<AttendeeRow> everyone = FXCollections.observableArrayList();
    private final FilteredList<AttendeeRow> shown = new FilteredList<>(everyone, r -> r.invited() || r.isPresent());
    private final BooleanProperty showEveryone = new SimpleBooleanProperty();
    private final ObservableList<AttendeeRow> outsiders = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ItemView> chairView = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PresentationState> presentation = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty blanked = new SimpleBooleanProperty();
    private final BooleanProperty presentationOpen = new SimpleBooleanProperty();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final ScreenTasks tasks;
    private final ProposedNotes notes;

    private Map<String, CaseFile> cases = Map.of();
    private final StringProperty consentRule = new SimpleStringProperty("");
    private Map<String, Partner> partners = Map.of();
    private RelevanceMatrix matrix = RelevanceMatrix.defaults();
    /** Who reads information from the police (issue 15). */
    private PoliceRule policeRule = PoliceRule.DEFAULT;
    private CaseViewer viewer;
    private CaseViewer presentationViewer;
    private Pseudonymiser pseudonymiser = (c, t) -> t;
    private FreeText freeText = FreeText.AS_STORED;
    /** Per case number: the attendee ids the chair admitted with an override. */
    private final Map<String, Set<String>> admitted = new HashMap<>();
    /** Per case number: the reason of the chair's override (it pre-fills the proposed notes). */
    private final Map<String, String> overrideReasons = new HashMap<>();
    /** The showing last audited; null while nothing is shown. */
    private String lastShowing;
    private int presenceGeneration;

    public MeetingRoomViewModel(TaskExecutor executor, Services services, LocalDate date) {
        this.services = Objects.requireNonNull(services, "services");
        this.date = Objects.requireNonNull(date, "date");
        this.tasks = new ScreenTasks(executor);
        this.notes = new ProposedNotes(tasks, services, date);
        index.addListener((o, a, b) -> update());
        blanked.addListener((o, a, b) -> update());
        presentationOpen.addListener((o, a, b) -> update());
        showEveryone.addListener((o, a, b) -> shown.setPredicate(r -> b || r.invited() || r.isPresent()));
        presentation.set(new PresentationState.Idle(date));
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
            return new Data(m, all, register, services.matrix().load(), ExportService.pseudonymiser(all, register),
                    ExportService.freeText(all, register, ExportService.places(m)), services.settings().policeRule());
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
        buildAttendees(d.meeting());
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
        presentationViewer = viewer;
    }

    /**
     * The partners of the agenda's krings (in the order they first come in), then everyone else; per partner its
     * attendees in register order.
     */
    private void buildAttendees(Meeting m) {
        Set<String> invited = new LinkedHashSet<>();
        for (AgendaItem item : m.items()) {
            CaseFile c = cases.get(item.caseNumber());
            if (c != null) {
                invited.addAll(c.kring());
            }
        }
        Map<String, String> slots = scheduleTexts(m);
        Set<String> present = new HashSet<>(m.present());
        List<Partner> order = new ArrayList<>();
        invited.stream().map(partners::get).filter(Objects::nonNull).forEach(order::add);
        partners.values().stream().filter(p -> !invited.contains(p.id())).forEach(order::add);
        List<AttendeeRow> rows = new ArrayList<>();
        for (Partner p : order) {
            for (Attendee a : p.attendees()) {
                AttendeeRow row = new AttendeeRow(a, p, invited.contains(p.id()), present.contains(a.id()));
                row.scheduleProperty().set(slots.getOrDefault(p.id(), ""));
                row.presentProperty().addListener((o, was, now) -> presenceChanged(row, now));
                rows.add(row);
            }
        }
        everyone.setAll(rows);
    }

    private Map<String, String> scheduleTexts(Meeting m) {
        Map<String, String> out = new HashMap<>();
        try {
            Schedule s = Schedule.of(m, AgendaPlanner.kringByCase(cases.values()));
            for (Schedule.PartnerSchedule ps : s.partners()) {
                out.put(ps.partnerId(), ps.slots().stream().map(sl -> TIME.format(sl.in()) + "–" + TIME.format(sl.out()))
                        .collect(Collectors.joining(", ")));
            }
        } catch (IllegalArgumentException e) {
            // a case without kring, or an agenda past midnight: no times, the rest still works
        }
        return out;
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
        tasks.read(p -> new Reloaded(services.meetings().find(date), services.cases().all(), services.matrix().load()),
                r -> {
                    if (r.meeting().isEmpty()) {
                        return;
                    }
                    String at = currentCaseNumber();
                    Map<String, CaseFile> byNumber = new LinkedHashMap<>();
                    r.cases().forEach(c -> byNumber.put(c.number(), c));
                    cases = byNumber;
                    matrix = r.matrix();
                    buildViewers();
                    Meeting fresh = r.meeting().get();
                    meeting.set(new Meeting(fresh.date(), fresh.location(), fresh.start(), presentIds(), fresh.items()));
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
    private record Reloaded(Optional<Meeting> meeting, List<CaseFile> cases, RelevanceMatrix matrix) {
    }

    private static int indexOf(Meeting m, String caseNumber) {
        for (int i = 0; i < m.items().size(); i++) {
            if (m.items().get(i).caseNumber().equals(caseNumber)) {
                return i;
            }
        }
        return -1;
    }

    // ---- presence ----

    private void presenceChanged(AttendeeRow row, boolean now) {
        shown.setPredicate(r -> showEveryone.get() || r.invited() || r.isPresent());
        update();
        List<String> ids = presentIds();
        Meeting m = meeting.get();
        if (m != null) {
            meeting.set(new Meeting(m.date(), m.location(), m.start(), ids, m.items()));
        }
        int generation = ++presenceGeneration;
        String detail = (now ? "check-in " : "check-out ") + row.id() + " (" + row.partner().id() + ")";
        tasks.read(p -> {
            services.meetings().setPresent(date, ids, detail);
            return null;
        }, v -> {
            if (generation == presenceGeneration) {
                tasks.status().clear();
            }
        }, e -> {
            if (e instanceof MeetingService.NoMeeting gone) {
                tasks.status().error(I18n.t("room.error.noMeeting", gone.date()));
            } else {
                tasks.status().failed(e);
            }
        });
    }

    /** The attendee ids checked in, sorted. */
    public List<String> presentIds() {
        return everyone.stream().filter(AttendeeRow::isPresent).map(AttendeeRow::id).sorted().toList();
    }

    /** Checks in or out (the toggle on the chair's screen does the same). */
    public void setPresent(String attendeeId, boolean present) {
        row(attendeeId).ifPresent(r -> r.presentProperty().set(present));
    }

    /** "Laat de zaal verlaten": checks the person out. */
    public void checkOut(String attendeeId) {
        setPresent(attendeeId, false);
    }

    public Optional<AttendeeRow> row(String attendeeId) {
        return everyone.stream().filter(r -> r.id().equals(attendeeId)).findFirst();
    }

    private List<Partner> presentPartners() {
        Map<String, Partner> out = new LinkedHashMap<>();
        for (AttendeeRow r : everyone) {
            if (r.isPresent()) {
                out.putIfAbsent(r.partner().id(), r.partner());
            }
        }
        return List.copyOf(out.values());
    }

    // ---- override ----

    /**
     * "Toch tonen": the presentation shows the current item although someone present is not in its kring. Refused
     * without a reason. Audited with the outsiders, everyone present and the reason (pseudonymised: the chair may
     * have typed the client's name).
     *
     * @return the refusal, or empty when done
     */
    public Optional<String> override(String reason) {
        String at = currentCaseNumber();
        if (at == null || outsiders.isEmpty()) {
            return Optional.of(I18n.t("room.override.nothing"));
        }
        if (reason == null || reason.isBlank()) {
            return Optional.of(I18n.t("room.override.reasonRequired"));
        }
        Set<String> ids = outsiders.stream().map(AttendeeRow::id).collect(Collectors.toCollection(TreeSet::new));
        String who = outsiders.stream().map(r -> r.id() + "(" + r.partner().id() + ")").sorted()
                .collect(Collectors.joining(","));
        String detail = "outsiders=" + who + " present=" + String.join(",", presentIds()) + " reason="
                + pseudonymiser.pseudonymise(at, reason.strip());
        admitted.computeIfAbsent(at, k -> new TreeSet<>()).addAll(ids);
        overrideReasons.put(at, reason.strip());
        tasks.read(p -> {
            services.presentation().override(at, detail);
            return null;
        }, v -> { });
        update();
        return Optional.empty();
    }

    /** The chair's override covers everyone now present outside the kring of the current item. */
    public boolean overridden() {
        String at = currentCaseNumber();
        if (at == null || outsiders.isEmpty()) {
            return false;
        }
        Set<String> ok = admitted.getOrDefault(at, Set.of());
        return outsiders.stream().allMatch(r -> ok.contains(r.id()));
    }

    // ---- presentation ----

    public void toggleBlank() {
        blanked.set(!blanked.get());
    }

    /** Recomputes the chair's view, the outsiders and the presentation, and audits a new showing. */
    private void update() {
        CaseFile c = currentCase();
        AgendaItem item = currentItem();
        // the rule for who decides on consent, with the age on the meeting date (handreiking deel II §4.2-4.3)
        consentRule.set(c == null || meeting.get() == null ? "" : ConsentTexts.rule(c, meeting.get().date()));
        List<AttendeeRow> out = new ArrayList<>();
        for (AttendeeRow r : everyone) {
            boolean in = c == null || c.kring().contains(r.partner().id());
            r.setInKring(in);
            if (r.isPresent() && !in) {
                out.add(r);
            }
        }
        if (!out.equals(outsiders)) {
            outsiders.setAll(out);
        }
        chairView.set(c == null || viewer == null ? null : viewer.view(c, item, Audience.chair()));
        presentation.set(presentationState(c, item));
        notes.remember(c, presentation.get(), presentPartners(), c == null ? null : overrideReasons.get(c.number()));
        auditShowing();
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

    private PresentationState presentationState(CaseFile c, AgendaItem item) {
        if (c == null || presentationViewer == null) {
            return new PresentationState.Idle(date);
        }
        if (blanked.get()) {
            return new PresentationState.Blank();
        }
        boolean admit = overridden();
        List<Partner> present = presentPartners();
        ItemView v = presentationViewer.view(c, item, admit ? Audience.presentationAdmittingOutsiders(present)
                : Audience.presentation(present));
        return switch (v) {
            case ItemView.Withheld w -> new PresentationState.Waiting(w.reason());
            case CaseView cv -> new PresentationState.Showing(cv, index.get() + 1, meeting.get().items().size(),
                    admit);
        };
    }

    private void auditShowing() {
        if (!presentationOpen.get() || !(presentation.get() instanceof PresentationState.Showing s)) {
            lastShowing = null;
            return;
        }
        String presentList = String.join(",", presentIds());
        String key = s.view().caseNumber() + "|" + presentList + "|" + s.outsidersAdmitted();
        if (key.equals(lastShowing)) {
            return;
        }
        lastShowing = key;
        String detail = "present=" + presentList + " " + s.view().auditSummary()
                + (s.outsidersAdmitted() ? " override=yes" : "");
        String subject = s.view().caseNumber();
        tasks.read(p -> {
            services.presentation().shown(subject, detail);
            return null;
        }, v -> { });
    }

    // ---- bekijk als ----

    /** What one attendee may see of the current item, for "bekijk als". */
    public record ViewAs(AttendeeRow attendee, String caseNumber, ItemView view) {
    }

    public Optional<ViewAs> viewAs(String attendeeId) {
        CaseFile c = currentCase();
        Optional<AttendeeRow> r = row(attendeeId);
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

    /** "R. Kok (Woonstichting Het Dak) hoort niet bij de kring van 2026-003". */
    public String outsiderWarning(AttendeeRow r) {
        return outsiderWarning(List.of(r));
    }

    /**
     * One line for the people of one partner: "R. Kok (Woonstichting Het Dak) hoort niet bij de kring van 2026-003",
     * or "H. Dijkstra en N. Verbeek (Politie …) horen niet bij …".
     */
    public String outsiderWarning(List<AttendeeRow> samePartner) {
        List<String> names = samePartner.stream().map(r -> r.attendee().name()).toList();
        String joined = names.size() == 1 ? names.getFirst()
                : String.join(", ", names.subList(0, names.size() - 1)) + " " + I18n.t("room.and") + " " + names.getLast();
        return I18n.t(names.size() == 1 ? "room.outsider" : "room.outsiders", joined,
                samePartner.getFirst().partner().name(), currentCaseNumber());
    }

    /** The outsiders by partner, in the order of the list of attendees. */
    public Map<Partner, List<AttendeeRow>> outsidersByPartner() {
        Map<Partner, List<AttendeeRow>> out = new LinkedHashMap<>();
        for (AttendeeRow r : outsiders) {
            out.computeIfAbsent(r.partner(), p -> new ArrayList<>()).add(r);
        }
        return out;
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

    /** Everyone in the register, grouped by partner, invited partners first. */
    public ObservableList<AttendeeRow> everyone() {
        return everyone;
    }

    /** The attendees of the invited partners, plus anyone checked in (or everyone, with {@link #showEveryoneProperty()}). */
    public ObservableList<AttendeeRow> attendees() {
        return shown;
    }

    public BooleanProperty showEveryoneProperty() {
        return showEveryone;
    }

    /** Checked in, and not in the kring of the current item. */
    public ObservableList<AttendeeRow> outsiders() {
        return outsiders;
    }

    public ReadOnlyObjectProperty<ItemView> chairViewProperty() {
        return chairView.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PresentationState> presentationProperty() {
        return presentation.getReadOnlyProperty();
    }

    public BooleanProperty blankedProperty() {
        return blanked;
    }

    /** Set by the presentation window while it is showing: only then are showings audited. */
    public BooleanProperty presentationOpenProperty() {
        return presentationOpen;
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
