package nl.kring.ui.meetingroom;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import nl.kring.agenda.AgendaPlanner;
import nl.kring.agenda.Schedule;
import nl.kring.audit.AuditLog;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.Attendee;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Meeting;
import nl.kring.domain.Partner;
import nl.kring.service.MeetingService;
import nl.kring.service.Services;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.ScreenTasks;

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
import java.util.stream.Collectors;

/**
 * Who is in the room: everyone of the register grouped by partner (the agenda's krings first, with the times their
 * items are planned), the chair's check-ins and check-outs, each stored at once with the meeting's presence and audited
 * as {@link AuditLog.Action#MEETING_CHANGED} by attendee and partner id, and who of those present is outside the kring
 * of the item under discussion. Part of the meeting room: {@link MeetingRoomViewModel} composes it, tells it the item
 * ({@link #judge}) and hears of every change of presence.
 */
public final class CheckIn {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ScreenTasks tasks;
    private final Services services;
    private final LocalDate date;
    private final Runnable changed;
    private final ObservableList<AttendeeRow> everyone = FXCollections.observableArrayList();
    private final FilteredList<AttendeeRow> shown = new FilteredList<>(everyone, r -> r.invited() || r.isPresent());
    private final BooleanProperty showEveryone = new SimpleBooleanProperty();
    private final ObservableList<AttendeeRow> outsiders = FXCollections.observableArrayList();
    /** The case whose kring the outsiders are judged against; null without an item. */
    private String judged;
    private int generation;

    /** {@code changed}: runs on the screen's thread after someone checked in or out, before it is stored. */
    CheckIn(ScreenTasks tasks, Services services, LocalDate date, Runnable changed) {
        this.tasks = tasks;
        this.services = services;
        this.date = date;
        this.changed = changed;
        showEveryone.addListener((o, a, b) -> refilter());
    }

    /**
     * The partners of the agenda's krings (in the order they first come in), then everyone else; per partner its
     * attendees in register order, checked in as the stored meeting says.
     */
    void build(Meeting m, Map<String, CaseFile> cases, Map<String, Partner> partners) {
        Set<String> invited = new LinkedHashSet<>();
        for (AgendaItem item : m.items()) {
            CaseFile c = cases.get(item.caseNumber());
            if (c != null) {
                invited.addAll(c.kring());
            }
        }
        Map<String, String> slots = scheduleTexts(m, cases);
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

    private static Map<String, String> scheduleTexts(Meeting m, Map<String, CaseFile> cases) {
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

    /** Marks who is in the kring of {@code current} (null: no item, everyone is) and lists the outsiders present. */
    void judge(CaseFile current) {
        judged = current == null ? null : current.number();
        List<AttendeeRow> out = new ArrayList<>();
        for (AttendeeRow r : everyone) {
            boolean in = current == null || current.kring().contains(r.partner().id());
            r.setInKring(in);
            if (r.isPresent() && !in) {
                out.add(r);
            }
        }
        if (!out.equals(outsiders)) {
            outsiders.setAll(out);
        }
    }

    private void refilter() {
        shown.setPredicate(r -> showEveryone.get() || r.invited() || r.isPresent());
    }

    /** Shown at once; then the presence of the meeting is stored, audited by attendee and partner id. */
    private void presenceChanged(AttendeeRow row, boolean now) {
        refilter();
        changed.run();
        List<String> ids = presentIds();
        int mine = ++generation;
        String detail = (now ? "check-in " : "check-out ") + row.id() + " (" + row.partner().id() + ")";
        tasks.read(p -> {
            services.meetings().setPresent(date, ids, detail);
            return null;
        }, v -> {
            if (mine == generation) {
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

    /** The partners of everyone checked in, each once, in the order of the list. */
    List<Partner> presentPartners() {
        Map<String, Partner> out = new LinkedHashMap<>();
        for (AttendeeRow r : everyone) {
            if (r.isPresent()) {
                out.putIfAbsent(r.partner().id(), r.partner());
            }
        }
        return List.copyOf(out.values());
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
                samePartner.getFirst().partner().name(), judged);
    }

    /** The outsiders by partner, in the order of the list of attendees. */
    public Map<Partner, List<AttendeeRow>> outsidersByPartner() {
        Map<Partner, List<AttendeeRow>> out = new LinkedHashMap<>();
        for (AttendeeRow r : outsiders) {
            out.computeIfAbsent(r.partner(), p -> new ArrayList<>()).add(r);
        }
        return out;
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
}
