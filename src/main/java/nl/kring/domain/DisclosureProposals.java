package nl.kring.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The disclosure notes Kring proposes after an item is discussed (issue 15, handreiking deel I §6 point 7: "de instantie
 * die overgaat tot het verstrekken van persoonsgegevens zonder toestemming, draagt er zorg voor dat daarvan aantekening
 * wordt gemaakt"). Pure: from what the projector showed ({@link CaseViewer}, the presentation audience) and who was
 * present, one note per recipient and category, pre-filled, for the chair to confirm, edit or drop; nothing is
 * recorded here.
 *
 * <ul>
 * <li><b>Without consent</b> ({@link ConsentRules#verdict} on the meeting date): every partner present for the item and
 * in its kring gets one note per category shown.</li>
 * <li><b>Override</b>: a partner outside the kring whom the chair admitted gets one note per category shown, whatever
 * the consent (consent covers the kring, not an outsider); its reason is the override's.</li>
 * <li><b>Categories shown</b>: identity ({@link DataCategory#IDENTITEITSGEGEVENS}) when the name or address was
 * shown; a leefgebied when its score or note was shown, its signal raised, or a paragraph of it shown; information
 * from the police ({@link DataCategory#POLITIEGEGEVENS}) when a note or paragraph from the police was shown.</li>
 * <li><b>Pre-filled</b>: the grondslag {@link DisclosureRules#suggestedBasis}, the why from the case's evident belang
 * (or the override's reason), whether and why not the client was informed from the case, who decided, the meeting
 * date.</li>
 * </ul>
 * Withheld items (nobody present, an outsider not admitted) showed nothing: no proposals.
 */
public final class DisclosureProposals {
    private DisclosureProposals() {
    }

    /** Why a note is proposed. */
    public enum Reason {
        /** Discussed without consent, with this partner present and in the kring. */
        WITHOUT_CONSENT,
        /** Shown to a partner outside the kring by the chair's override. */
        OVERRIDE
    }

    /** One proposed note: one recipient, one category. */
    public record Proposal(String caseNumber, Reason reason, String recipient, Object category, Disclosure note) {
        public Proposal {
            Objects.requireNonNull(note, "note");
        }

        /** The category's Dutch label. */
        public String categoryLabel() {
            return category instanceof LifeDomain d ? d.label() : ((DataCategory) category).label();
        }
    }

    /**
     * @param shown          what the projector showed for the item (the presentation audience of everyone present)
     * @param present        the partners present for the item
     * @param overrideReason the chair's reason when outsiders were admitted, else null
     * @param decidedBy      who decides (the chair), pre-filled
     */
    public static List<Proposal> afterItem(CaseFile c, ItemView shown, List<Partner> present, LocalDate meetingDate,
                                           String overrideReason, String decidedBy) {
        if (!(shown instanceof CaseView view)) {
            return List.of();
        }
        List<Object> categories = shownCategories(c, view);
        if (categories.isEmpty()) {
            return List.of();
        }
        boolean withoutConsent = !ConsentRules.verdict(c, meetingDate).given();
        Set<String> kring = new LinkedHashSet<>(c.kring());
        Set<String> seen = new LinkedHashSet<>();
        List<Proposal> out = new ArrayList<>();
        for (Partner p : present) {
            if (!seen.add(p.id())) {
                continue;
            }
            boolean outsider = !kring.contains(p.id());
            if (outsider && overrideReason == null) {
                continue; // cannot happen with a shown view; an outsider sees nothing without the override
            }
            if (!outsider && !withoutConsent) {
                continue;
            }
            Reason reason = outsider ? Reason.OVERRIDE : Reason.WITHOUT_CONSENT;
            for (Object cat : categories) {
                out.add(new Proposal(c.number(), reason, p.id(), cat, note(c, p.id(), cat, meetingDate,
                        outsider ? overrideReason : c.evidentInterest(), decidedBy)));
            }
        }
        return out;
    }

    /** The categories the projector showed, leefgebieden in their order, then identity and police information. */
    static List<Object> shownCategories(CaseFile c, CaseView v) {
        Set<LifeDomain> domains = EnumSet.noneOf(LifeDomain.class);
        boolean police = false;
        for (DomainView d : v.domains()) {
            switch (d) {
                case DomainView.Full f -> {
                    if (f.score().isShown() || f.note().isShown()) {
                        domains.add(d.domain());
                    }
                    DomainAssessment a = c.domains().get(d.domain());
                    police |= f.note().isShown() && a != null && a.policeNote();
                }
                case DomainView.Signal s -> {
                    if (s.problem()) {
                        domains.add(d.domain());
                    }
                }
                case DomainView.Hidden h -> { }
            }
        }
        for (Part<MinutesParagraph> p : v.minutes()) {
            if (p instanceof Part.Shown<MinutesParagraph> s) {
                if (s.value().category() != null) {
                    domains.add(s.value().category());
                }
                police |= s.value().police();
            }
        }
        if (v.decisions() instanceof Part.Shown<List<DecisionView>> ds) {
            for (DecisionView d : ds.value()) {
                police |= d.police() && d.action().isShown();
            }
        }
        List<Object> out = new ArrayList<>();
        if (v.identity().name().isShown() || v.identity().address().isShown()) {
            out.add(DataCategory.IDENTITEITSGEGEVENS);
        }
        out.addAll(domains);
        if (police) {
            out.add(DataCategory.POLITIEGEGEVENS);
        }
        return out;
    }

    private static Disclosure note(CaseFile c, String recipient, Object category, LocalDate on, String why,
                                   String decidedBy) {
        boolean informed = c.informed() != null && Boolean.TRUE.equals(c.informed().status());
        Disclosure d = new Disclosure(category instanceof LifeDomain l ? List.of(l) : List.of(), List.of(recipient),
                DisclosureRules.suggestedBasis(c), why, informed ? null : c.informed() == null ? null : c.informed().reason(),
                decidedBy, on, informed);
        return category instanceof DataCategory dc ? d.withOtherCategories(List.of(dc)) : d;
    }
}
