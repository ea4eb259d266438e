package nl.kring.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import nl.kring.domain.Attendee;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Decision;
import nl.kring.domain.Disclosure;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.NeedToKnow;
import nl.kring.domain.Partner;

/**
 * The validated, indexed input of one meeting export, and the one path free text takes into a file:
 * pseudonymiser first, identity guard after.
 */
final class ExportContext {
    final MeetingExportInput in;
    final Map<String, Partner> partners = new LinkedHashMap<>();
    final Map<String, CaseFile> cases = new LinkedHashMap<>();
    final ReportSchedule schedule;
    private final IdentityGuard guard;
    private final Map<TextKey, String> safeText = new HashMap<>();

    ExportContext(MeetingExportInput in) {
        this.in = in;
        for (Partner p : in.partners()) {
            if (partners.putIfAbsent(p.id(), p) != null) {
                throw new IllegalArgumentException("partner listed twice: " + p.id());
            }
        }
        for (CaseFile c : in.cases()) {
            cases.put(c.number(), c);
        }
        for (AgendaItem item : in.meeting().items()) {
            CaseFile c = cases.get(item.caseNumber());
            if (c == null) {
                throw new IllegalArgumentException("agenda item for an unknown case: " + item.caseNumber());
            }
            for (String p : c.kring()) {
                requirePartner(p, "kring of " + c.number());
            }
            for (Decision d : item.decisions()) {
                if (d.owner() != null) {
                    requirePartner(d.owner(), "decision owner in " + c.number());
                }
            }
            for (Disclosure d : item.disclosures()) {
                for (String p : d.to()) {
                    requirePartner(p, "disclosure in " + c.number());
                }
            }
        }
        this.schedule = in.schedule() != null ? in.schedule()
                : ReportSchedule.compute(in.meeting(), n -> cases.get(n).kring());
        if (schedule.slots().size() != in.meeting().items().size()) {
            throw new IllegalArgumentException("the schedule does not match the agenda");
        }
        this.guard = IdentityGuard.of(in.cases(), in.partners());
    }

    private void requirePartner(String id, String where) {
        if (!partners.containsKey(id)) {
            throw new IllegalArgumentException("unknown partner '" + id + "' (" + where + ")");
        }
    }

    /**
     * Free text for a partner report, the verslag or the rooster: pseudonymised, then guarded. Each distinct text is
     * processed once per export (the same paragraph goes into several reports).
     */
    String safe(String caseNumber, String raw) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        return safeText.computeIfAbsent(new TextKey(caseNumber, raw), k -> {
            String p = in.pseudonymiser().pseudonymise(caseNumber, raw);
            return guard.mask(p == null ? "" : p);
        });
    }

    private record TextKey(String caseNumber, String raw) {
    }

    /**
     * Free text for one partner's report: as {@link #safe}, then its case-number markers rewritten for that partner
     * ({@link NeedToKnow#markers}): never a case number outside the partner's kring.
     */
    String safeFor(Partner reader, String caseNumber, String raw) {
        return NeedToKnow.markers(safe(caseNumber, raw), caseNumber, knows(reader));
    }

    /** Which case numbers the partner may know: those whose kring includes it. */
    Predicate<String> knows(Partner reader) {
        return c -> {
            CaseFile f = cases.get(c);
            return f != null && f.kring().contains(reader.id());
        };
    }

    /** The meeting's location (free text, may be a client's address for a home visit), pseudonymised like any text. */
    String location() {
        return safe(null, in.meeting().location());
    }

    /** The location for one partner. */
    String locationFor(Partner reader) {
        return NeedToKnow.markers(location(), null, knows(reader));
    }

    int guardHits() {
        return guard.hits();
    }

    /**
     * Partners that get a report, in register order: the caller's list, or every kring partner of an item on the agenda
     * (present or not, {@link NeedToKnow#recipients}) and every partner with an attendee present.
     */
    List<Partner> recipients() {
        List<Partner> out = new ArrayList<>();
        if (in.recipients() != null) {
            for (String id : in.recipients()) {
                requirePartner(id, "recipients");
                out.add(partners.get(id));
            }
            return out;
        }
        Set<String> kring = new HashSet<>(
                NeedToKnow.recipients(in.meeting(), n -> cases.get(n).kring()));
        for (Partner p : partners.values()) {
            if (kring.contains(p.id()) || !presentAttendees(p).isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    List<Attendee> presentAttendees(Partner p) {
        return p.attendees().stream().filter(a -> in.meeting().present().contains(a.id())).toList();
    }

    String partnerName(String id) {
        Partner p = partners.get(id);
        return p == null ? id : p.name();
    }
}
