package nl.kring.ui.meetingroom;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import nl.kring.audit.AuditLog;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.Audience;
import nl.kring.domain.CaseFile;
import nl.kring.domain.CaseView;
import nl.kring.domain.CaseViewer;
import nl.kring.domain.ItemView;
import nl.kring.domain.Partner;
import nl.kring.report.Pseudonymiser;
import nl.kring.service.Services;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.ScreenTasks;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the presentation window may show of the item under discussion to the people checked in, blanking it, and the
 * chair's override when someone present is outside the kring. Part of the meeting room: {@link MeetingRoomViewModel}
 * composes it and tells it the item ({@link #show}).
 *
 * <p>Audit: each showing of an item in an open presentation window is logged once
 * ({@link AuditLog.Action#CASE_VIEWED_IN_PRESENTATION}); a showing is one item shown to one set of people (a new
 * person checking in, blanking and unblanking, or coming back to the item are new showings; a repaint or reloaded
 * data is not). An override is logged as {@link AuditLog.Action#OVERRIDE} with its reason, pseudonymised. Subjects and
 * details name case numbers and attendee or partner ids only.
 */
public final class Presentation {
    private final ScreenTasks tasks;
    private final Services services;
    private final LocalDate date;
    private final CheckIn checkIn;
    private final ReadOnlyObjectWrapper<PresentationState> state = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty blanked = new SimpleBooleanProperty();
    private final BooleanProperty open = new SimpleBooleanProperty();
    /** Per case number: the attendee ids the chair admitted with an override. */
    private final Map<String, Set<String>> admitted = new HashMap<>();
    /** Per case number: the reason of the chair's override (it pre-fills the proposed notes). */
    private final Map<String, String> overrideReasons = new HashMap<>();
    /** The case shown (or withheld) now; null without an item. */
    private String at;
    /** The showing last audited; null while nothing is shown. */
    private String lastShowing;

    Presentation(ScreenTasks tasks, Services services, LocalDate date, CheckIn checkIn) {
        this.tasks = tasks;
        this.services = services;
        this.date = date;
        this.checkIn = checkIn;
        state.set(new PresentationState.Idle(date));
    }

    /**
     * Judges what the window shows of item {@code item} of case {@code c} (at {@code position} of {@code total}) to
     * those checked in, with {@code viewer} (null while nothing is loaded), and audits a new showing.
     */
    void show(CaseFile c, AgendaItem item, int position, int total, CaseViewer viewer) {
        at = c == null ? null : c.number();
        state.set(judge(c, item, position, total, viewer));
        auditShowing();
    }

    private PresentationState judge(CaseFile c, AgendaItem item, int position, int total, CaseViewer viewer) {
        if (c == null || viewer == null) {
            return new PresentationState.Idle(date);
        }
        if (blanked.get()) {
            return new PresentationState.Blank();
        }
        boolean admit = overridden();
        List<Partner> present = checkIn.presentPartners();
        ItemView v = viewer.view(c, item, admit ? Audience.presentationAdmittingOutsiders(present)
                : Audience.presentation(present));
        return switch (v) {
            case ItemView.Withheld w -> new PresentationState.Waiting(w.reason());
            case CaseView cv -> new PresentationState.Showing(cv, position, total, admit);
        };
    }

    private void auditShowing() {
        if (!open.get() || !(state.get() instanceof PresentationState.Showing s)) {
            lastShowing = null;
            return;
        }
        String presentList = String.join(",", checkIn.presentIds());
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

    /**
     * "Toch tonen": the presentation shows the current item although someone present is not in its kring. Refused
     * without a reason. Audited with the outsiders, everyone present and the reason pseudonymised with
     * {@code pseudonymiser} (the chair may have typed the client's name). The meeting room shows the item again after.
     *
     * @return the refusal, or empty when admitted
     */
    Optional<String> override(String reason, Pseudonymiser pseudonymiser) {
        List<AttendeeRow> outsiders = checkIn.outsiders();
        if (at == null || outsiders.isEmpty()) {
            return Optional.of(I18n.t("room.override.nothing"));
        }
        if (reason == null || reason.isBlank()) {
            return Optional.of(I18n.t("room.override.reasonRequired"));
        }
        String caseNumber = at;
        Set<String> ids = outsiders.stream().map(AttendeeRow::id).collect(Collectors.toCollection(TreeSet::new));
        String who = outsiders.stream().map(r -> r.id() + "(" + r.partner().id() + ")").sorted()
                .collect(Collectors.joining(","));
        String detail = "outsiders=" + who + " present=" + String.join(",", checkIn.presentIds()) + " reason="
                + pseudonymiser.pseudonymise(caseNumber, reason.strip());
        admitted.computeIfAbsent(caseNumber, k -> new TreeSet<>()).addAll(ids);
        overrideReasons.put(caseNumber, reason.strip());
        tasks.read(p -> {
            services.presentation().override(caseNumber, detail);
            return null;
        }, v -> { });
        return Optional.empty();
    }

    /** The chair's override covers everyone now present outside the kring of the current item. */
    public boolean overridden() {
        List<AttendeeRow> outsiders = checkIn.outsiders();
        if (at == null || outsiders.isEmpty()) {
            return false;
        }
        Set<String> ok = admitted.getOrDefault(at, Set.of());
        return outsiders.stream().allMatch(r -> ok.contains(r.id()));
    }

    /** The reason of the chair's override for case {@code caseNumber}, if any. */
    String overrideReason(String caseNumber) {
        return caseNumber == null ? null : overrideReasons.get(caseNumber);
    }

    public void toggleBlank() {
        blanked.set(!blanked.get());
    }

    /** What the presentation window shows now. */
    public ReadOnlyObjectProperty<PresentationState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public BooleanProperty blankedProperty() {
        return blanked;
    }

    /** Set by the presentation window while it is showing: only then are showings audited. */
    public BooleanProperty openProperty() {
        return open;
    }
}
