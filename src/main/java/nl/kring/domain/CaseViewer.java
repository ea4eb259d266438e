package nl.kring.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The one function that decides what an audience may see of a case within a meeting item. Pure: no I/O, no
 * clock, no UI; the same inputs give the same {@link ItemView}.
 *
 * <h2>Rules</h2>
 * <ul>
 * <li><b>Kring.</b> A viewer who is not in the case's kring sees nothing of it ({@link ItemView.Withheld}
 * NOT_IN_KRING). A presentation with someone present who is not in the kring is withheld (OUTSIDER_PRESENT) unless
 * the chair admitted the outsiders; a presentation with nobody checked in is withheld (NOBODY_PRESENT).</li>
 * <li><b>Roles.</b> The chair (and the chair's minutes) see every leefgebied VOLLEDIG. Otherwise the audience's
 * roles are those of the viewer, or of everyone present, and {@link Visibilities#of} applies: the strictest role
 * wins, so adding a person never reveals more.</li>
 * <li><b>Identity.</b> CHAIR: all. ATTENDEE and PRESENTATION (all present in the kring): name and address only; the
 * BSN never on a presentation. EXPORT: nothing but the case number. The melder: the chair's own screen only.</li>
 * <li><b>File numbers</b> (issue 12), a partner's own number for the client, an identifier like the BSN: the chair's
 * screen shows all; an ATTENDEE (bekijk als) only the numbers its own partner issued (hidden IDENTITY_CHAIR_ONLY when
 * it issued none); never on a PRESENTATION, not even when only the issuer is in the room (NEVER_ON_PRESENTATION);
 * never in an EXPORT, the chair's minutes included (CASE_NUMBER_ONLY). In free text a number is a marker for every
 * audience (the recogniser's {@code [dossiernummer]}).</li>
 * <li><b>Leefgebieden.</b> VOLLEDIG: score and note. SIGNAAL: see {@link DomainView.Signal}. GEEN: hidden.</li>
 * <li><b>Minutes.</b> As {@link NeedToKnow#mayRead}: a leefgebied paragraph where its category is VOLLEDIG for the
 * audience; an ALGEMEEN one for every kring member (so hidden when an outsider was admitted); an unclassified one
 * for the chair only.</li>
 * <li><b>Decisions.</b> All decisions of the item (who and when), for kring members; the action's text as
 * {@link NeedToKnow#actionVisible}: the owner's own in full, others' only when ALGEMEEN or VOLLEDIG for the
 * audience. A partner's own actions are marked in its bekijk-als and its report.</li>
 * <li><b>Markers.</b> Case-number markers in free text as {@link NeedToKnow#markers}: never a case number outside
 * the audience's kring (given {@link #withKringen}; without it only the item's own case).</li>
 * <li><b>Legal footing, disclosure notes.</b> Chair and the chair's minutes only.</li>
 * <li><b>Police information.</b> A paragraph, leefgebied note or decision marked "van de politie" only for an
 * audience all of whose roles the {@link PoliceRule} admits (the chair always); for any other audience the paragraph
 * is hidden (POLICE), the note hidden in a VOLLEDIG view, a SIGNAAL judges the problem as if the note were not there,
 * and the decision's action text is hidden (POLICE; its owner and due date stay), also from its owner.</li>
 * </ul>
 * Free texts pass through a {@link FreeText} so that references to the client come out as the case number where the
 * audience may not see the name.
 */
public final class CaseViewer {
    private final RelevanceMatrix matrix;
    private final Map<String, Partner> partners;
    private final FreeText freeText;
    /** Case number → its kring, for which markers an audience may read; empty: only the item's own case. */
    private final Map<String, List<String>> kringen;
    /** Who reads information from the police. */
    private final PoliceRule police;

    private CaseViewer(RelevanceMatrix matrix, Map<String, Partner> partners, FreeText freeText,
                       Map<String, List<String>> kringen, PoliceRule police) {
        this.matrix = Objects.requireNonNull(matrix, "matrix");
        this.partners = Map.copyOf(partners);
        this.freeText = Objects.requireNonNull(freeText, "freeText");
        this.kringen = Map.copyOf(kringen);
        this.police = Objects.requireNonNull(police, "police");
    }

    /**
     * @param partners the partner register by id; every partner in a kring or owning a decision must be in it
     */
    public static CaseViewer of(RelevanceMatrix matrix, Map<String, Partner> partners) {
        return new CaseViewer(matrix, partners, FreeText.AS_STORED, Map.of(), PoliceRule.DEFAULT);
    }

    public static CaseViewer of(RelevanceMatrix matrix, List<Partner> partners) {
        Map<String, Partner> byId = new LinkedHashMap<>();
        for (Partner p : partners) {
            byId.put(p.id(), p);
        }
        return of(matrix, byId);
    }

    public CaseViewer withFreeText(FreeText renderer) {
        return new CaseViewer(matrix, partners, renderer, kringen, police);
    }

    /** The vault's rule for information from the police ({@link PoliceRule#DEFAULT} unless given). */
    public CaseViewer withPoliceRule(PoliceRule rule) {
        return new CaseViewer(matrix, partners, freeText, kringen, rule);
    }

    public PoliceRule policeRule() {
        return police;
    }

    /** The kring of every case of the vault, so that a marker of another case reaches exactly its kring members. */
    public CaseViewer withKringen(Collection<CaseFile> cases) {
        Map<String, List<String>> k = new HashMap<>();
        for (CaseFile c : cases) {
            k.put(c.number(), c.kring());
        }
        return new CaseViewer(matrix, partners, freeText, k, police);
    }

    public RelevanceMatrix matrix() {
        return matrix;
    }

    /** The case outside any meeting item: no minutes, decisions or disclosures. */
    public ItemView view(CaseFile caseFile, Audience audience) {
        return view(caseFile, null, audience);
    }

    /**
     * @param item the agenda item about this case, or null for the case alone
     * @throws IllegalArgumentException when the item is about another case, or a kring member or decision owner is
     *                                  not in the partner register
     */
    public ItemView view(CaseFile caseFile, AgendaItem item, Audience audience) {
        Objects.requireNonNull(caseFile, "caseFile");
        Objects.requireNonNull(audience, "audience");
        if (item != null && !Objects.equals(item.caseNumber(), caseFile.number())) {
            throw new IllegalArgumentException(
                    "agenda item is about case " + item.caseNumber() + ", not " + caseFile.number());
        }
        Set<String> kringIds = new LinkedHashSet<>(caseFile.kring());
        List<PartnerRef> kring = new ArrayList<>();
        for (String id : kringIds) {
            kring.add(PartnerRef.of(partner(id, caseFile)));
        }

        return switch (audience) {
            case Audience.Chair c -> build(caseFile, item, kring, Scope.chair(Audience.Kind.CHAIR, true));
            case Audience.ChairExport c -> build(caseFile, item, kring, Scope.chair(Audience.Kind.EXPORT, false));
            case Audience.Attendee a -> kringIds.contains(a.partner().id())
                    ? build(caseFile, item, kring, partnerScope(Audience.Kind.ATTENDEE, a.partner()))
                    : new ItemView.Withheld(Audience.Kind.ATTENDEE, HiddenReason.NOT_IN_KRING,
                            List.of(a.partner().id()));
            case Audience.PartnerExport e -> kringIds.contains(e.recipient().id())
                    ? build(caseFile, item, kring, partnerScope(Audience.Kind.EXPORT, e.recipient()))
                    : new ItemView.Withheld(Audience.Kind.EXPORT, HiddenReason.NOT_IN_KRING,
                            List.of(e.recipient().id()));
            case Audience.Presentation p -> presentation(caseFile, item, kring, kringIds, p);
        };
    }

    private ItemView presentation(CaseFile caseFile, AgendaItem item, List<PartnerRef> kring, Set<String> kringIds,
                                  Audience.Presentation p) {
        if (p.present().isEmpty()) {
            return new ItemView.Withheld(Audience.Kind.PRESENTATION, HiddenReason.NOBODY_PRESENT, List.of());
        }
        Set<String> outsiders = new LinkedHashSet<>();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Partner partner : p.present()) {
            roles.add(partner.role());
            if (!kringIds.contains(partner.id())) {
                outsiders.add(partner.id());
            }
        }
        if (!outsiders.isEmpty() && !p.outsidersAdmitted()) {
            return new ItemView.Withheld(Audience.Kind.PRESENTATION, HiddenReason.OUTSIDER_PRESENT,
                    List.copyOf(outsiders));
        }
        List<String> ids = p.present().stream().map(Partner::id).distinct().toList();
        return build(caseFile, item, kring, new Scope(Audience.Kind.PRESENTATION, false, roles, null,
                outsiders.isEmpty(), c -> kringOf(c).containsAll(ids)));
    }

    private Scope partnerScope(Audience.Kind kind, Partner partner) {
        return new Scope(kind, false, EnumSet.of(partner.role()), partner.id(), true,
                c -> kringOf(c).contains(partner.id()));
    }

    private List<String> kringOf(String caseNumber) {
        return kringen.getOrDefault(caseNumber, List.of());
    }

    /**
     * What the audience is, once admitted. {@code roles} is null for the chair (everything VOLLEDIG);
     * {@code viewer} is the partner whose own decisions are marked; {@code allInKring} is false only for a
     * presentation with admitted outsiders.
     */
    private record Scope(Audience.Kind kind, boolean chairScreen, Set<Role> roles, String viewer,
                         boolean allInKring, Predicate<String> knows) {
        static Scope chair(Audience.Kind kind, boolean chairScreen) {
            return new Scope(kind, chairScreen, null, null, true, null);
        }

        boolean isChair() {
            return roles == null;
        }

        /** Kring members in the meeting see name and address; exports and rooms with outsiders do not. */
        boolean seesNameAndAddress() {
            return kind != Audience.Kind.EXPORT && allInKring;
        }
    }

    private ItemView build(CaseFile c, AgendaItem item, List<PartnerRef> kring, Scope scope) {
        Reading nameVisible = new Reading(c.number(), scope.chairScreen() || scope.seesNameAndAddress(), scope.knows());
        return new CaseView(scope.kind(), c.number(), identity(c.client(), scope),
                scope.chairScreen() ? Part.of(c.referrer()) : Part.hidden(scope.kind() == Audience.Kind.EXPORT
                        ? HiddenReason.NEVER_EXPORTED : HiddenReason.CHAIR_ONLY),
                Part.of(c.phase()),
                scope.isChair() ? Part.of(legal(c, nameVisible)) : Part.hidden(HiddenReason.CHAIR_ONLY),
                domains(c, kring, scope, nameVisible),
                minutes(item, scope, nameVisible),
                decisions(c, item, scope, nameVisible),
                scope.isChair() ? Part.of(disclosures(item, nameVisible)) : Part.hidden(HiddenReason.CHAIR_ONLY),
                kring);
    }

    private IdentityView identity(Client client, Scope scope) {
        if (scope.kind() == Audience.Kind.EXPORT) {
            return IdentityView.allHidden(HiddenReason.CASE_NUMBER_ONLY);
        }
        if (!scope.allInKring()) {
            return IdentityView.allHidden(HiddenReason.OUTSIDER_PRESENT);
        }
        Client cl = client == null ? new Client(null, null, null, null, null, null, null, null, null, null, null,
                false) : client;
        String displayName = cl.displayName();
        if (scope.chairScreen()) {
            return new IdentityView(Part.of(displayName), Part.of(cl.firstNames()), Part.of(cl.aliases()),
                    Part.of(cl.birthDate()), Part.of(cl.bsn()), Part.of(cl.address()), Part.of(cl.phone()),
                    Part.of(cl.relatives()), Part.of(cl.legalRepresentative()), Part.of(fileNumbers(cl.fileNumbers())));
        }
        HiddenReason chairOnly = HiddenReason.IDENTITY_CHAIR_ONLY;
        HiddenReason notOnScreen = scope.kind() == Audience.Kind.PRESENTATION
                ? HiddenReason.NEVER_ON_PRESENTATION : chairOnly;
        Part<String> bsn = Part.hidden(notOnScreen);
        // a partner's own numbers for the client reach that partner alone; the projector never shows one (issue 12)
        List<FileNumber> own = scope.viewer() == null ? List.of() : FileNumber.of(cl.fileNumbers(), scope.viewer());
        Part<List<String>> fileNumbers = own.isEmpty() ? Part.hidden(notOnScreen) : Part.of(fileNumbers(own));
        return new IdentityView(Part.of(displayName), Part.hidden(chairOnly), Part.hidden(chairOnly),
                Part.hidden(chairOnly), bsn, Part.of(cl.address()), Part.hidden(chairOnly), Part.hidden(chairOnly),
                Part.hidden(chairOnly), fileNumbers);
    }

    /** "GGD Vangnet: dossiernr. 2024-0815" per number, the partner by its name in the register. */
    private List<String> fileNumbers(List<FileNumber> numbers) {
        List<String> out = new ArrayList<>(numbers.size());
        for (FileNumber f : numbers) {
            Partner p = partners.get(f.partnerId());
            String label = f.label() == null || f.label().isBlank() ? "" : f.label().strip() + " ";
            out.add((p == null ? f.partnerId() : p.name()) + ": " + label + f.number());
        }
        return out;
    }

    private LegalFooting legal(CaseFile c, Reading nameVisible) {
        return new LegalFooting(Part.of(c.consent()), Part.of(c.informed()),
                Part.of(text(c.evidentInterest(), nameVisible)),
                Part.of(text(c.lighterMeansConsidered(), nameVisible)), Part.of(c.evaluationDue()));
    }

    private List<DomainView> domains(CaseFile c, List<PartnerRef> kring, Scope scope, Reading nameVisible) {
        List<DomainView> out = new ArrayList<>(LifeDomain.values().length);
        for (LifeDomain d : LifeDomain.values()) {
            Visibility v = scope.isChair() ? Visibility.VOLLEDIG : Visibilities.of(matrix, scope.roles(), d);
            DomainAssessment a = c.domains().get(d);
            boolean noteVisible = NeedToKnow.noteVisible(police, scope.roles(), a);
            out.add(switch (v) {
                case VOLLEDIG -> new DomainView.Full(d, Part.of(a == null ? null : a.score()),
                        !noteVisible && a.note() != null && !a.note().isBlank() ? Part.hidden(HiddenReason.POLICE)
                                : Part.of(a == null || !noteVisible ? null : text(a.note(), nameVisible)),
                        a != null && a.policeNote() && a.note() != null && !a.note().isBlank());
                case SIGNAAL -> signal(d, a == null || noteVisible ? a : a.withoutPoliceNote(), kring);
                case GEEN -> new DomainView.Hidden(d, HiddenReason.MATRIX);
            });
        }
        return out;
    }

    private DomainView.Signal signal(LifeDomain d, DomainAssessment a, List<PartnerRef> kring) {
        if (a == null || !a.signalsProblem()) {
            return new DomainView.Signal(d, false, List.of(), false);
        }
        List<PartnerRef> contacts = new ArrayList<>();
        for (PartnerRef p : kring) {
            if (matrix.get(p.role(), d) == Visibility.VOLLEDIG) {
                contacts.add(p);
            }
        }
        return new DomainView.Signal(d, true, contacts, contacts.isEmpty());
    }

    private List<Part<MinutesParagraph>> minutes(AgendaItem item, Scope scope, Reading nameVisible) {
        if (item == null) {
            return List.of();
        }
        List<Part<MinutesParagraph>> out = new ArrayList<>(item.minutes().size());
        for (MinutesParagraph p : item.minutes()) {
            boolean readable;
            HiddenReason reason = HiddenReason.MATRIX;
            NeedToKnow.ParagraphAudience to = NeedToKnow.audience(p);
            if (scope.isChair()) {
                readable = true;
            } else if (to == NeedToKnow.ParagraphAudience.UNCLASSIFIED) {
                readable = false;
                reason = HiddenReason.UNCLASSIFIED;
            } else if (to == NeedToKnow.ParagraphAudience.ALGEMEEN && !scope.allInKring()) {
                readable = false;
                reason = HiddenReason.OUTSIDER_PRESENT;
            } else {
                readable = NeedToKnow.mayRead(matrix, scope.roles(), p);
                if (readable && !NeedToKnow.mayRead(matrix, police, scope.roles(), p)) {
                    readable = false;
                    reason = HiddenReason.POLICE;
                }
            }
            out.add(readable
                    ? new Part.Shown<>(p.withText(text(p.text(), nameVisible)))
                    : Part.hidden(reason));
        }
        return out;
    }

    private Part<List<DecisionView>> decisions(CaseFile c, AgendaItem item, Scope scope, Reading nameVisible) {
        if (!scope.allInKring()) {
            return Part.hidden(HiddenReason.OUTSIDER_PRESENT);
        }
        if (item == null) {
            return Part.of(List.of());
        }
        List<DecisionView> out = new ArrayList<>();
        for (Decision d : item.decisions()) {
            Part<PartnerRef> owner = d.owner() == null || d.owner().isBlank()
                    ? Part.of(null) : Part.of(PartnerRef.of(partner(d.owner(), c)));
            Part<String> action;
            if (!NeedToKnow.actionVisible(matrix, scope.roles(), scope.viewer(), d)) {
                action = Part.hidden(HiddenReason.MATRIX);
            } else if (!NeedToKnow.actionVisible(matrix, police, scope.roles(), scope.viewer(), d)) {
                action = Part.hidden(HiddenReason.POLICE);
            } else {
                action = Part.of(text(d.action(), nameVisible));
            }
            out.add(new DecisionView(action, owner, Part.of(d.due()),
                    scope.viewer() != null && scope.viewer().equals(d.owner()), d.police()));
        }
        return Part.of(out);
    }

    private List<Disclosure> disclosures(AgendaItem item, Reading nameVisible) {
        if (item == null) {
            return List.of();
        }
        return item.disclosures().stream()
                .map(d -> d.withTexts(text(d.why(), nameVisible), text(d.whyNotInformed(), nameVisible)))
                .toList();
    }

    /** For whom free text is rendered: the item's case, whether the client's name is visible, which cases are known. */
    private record Reading(String itemCase, boolean nameVisible, Predicate<String> knows) {
    }

    private String text(String stored, Reading r) {
        return stored == null ? null
                : NeedToKnow.markers(freeText.render(stored, r.itemCase(), r.nameVisible()), r.itemCase(), r.knows());
    }

    private Partner partner(String id, CaseFile c) {
        Partner p = partners.get(id);
        if (p == null) {
            throw new IllegalArgumentException("case " + c.number() + " names partner " + id
                    + ", which is not in the partner register");
        }
        return p;
    }
}
