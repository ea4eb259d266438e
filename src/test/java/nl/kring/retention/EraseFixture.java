package nl.kring.retention;

import nl.kring.demo.DemoData;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Decision;
import nl.kring.domain.Disclosure;
import nl.kring.domain.DisclosureBasis;
import nl.kring.domain.DomainAssessment;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.Meeting;
import nl.kring.domain.MinutesParagraph;
import nl.kring.domain.Phase;
import nl.kring.interchange.Importer;
import nl.kring.store.Store;
import nl.kring.store.SuspectDecisionRepository;

import java.util.ArrayList;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The demo vault, with client A (2026-010, Gerard "Sarge" Timmermans, the neighbour) written into the texts of case B
 * (2026-001, Jan de Vries): a minutes paragraph and a decision of B's item on 12 November, a disclosure note of B,
 * a leefgebied note and the lighter-means text of B, and the chair's decisions on two possible names in that meeting.
 */
public final class EraseFixture {
    public static final String A = "2026-010";
    public static final String B = "2026-001";
    public static final LocalDate MEETING = LocalDate.of(2026, 11, 12);
    public static final LocalDate A_CLOSED = LocalDate.of(2024, 1, 10);

    /** A's full name, roepnaam, alias, address, BSN, phone and a relative, in one paragraph of B. */
    public static final String PARAGRAPH = "Buurman dhr. Timmermans (Gerard, Dijkweg 214, BSN 999996770, tel. 06 51 62 73 84) "
            + "belde over de stank bij De Vries. Zijn broer Bart Timmermans kwam ook langs; Sarge zou weer gedronken hebben.";
    /** A name only the chair's decision knows: confirmed as A's neighbour. */
    public static final String PARAGRAPH_2 = "Ook Bertus van de overkant heeft bij de corporatie geklaagd.";
    public static final String DECISION = "Gesprek met Gerard Timmermans en De Vries over de burenruzie";
    public static final String WHY = "Dreiging van buurman Timmermans tegen dhr. De Vries";
    public static final String DOMAIN_NOTE = "ruzie met buurman G. Timmermans over stank";
    public static final String LIGHTER = "Bemiddeling met Timmermans via de wijkagent bleef zonder resultaat.";

    /** What must not survive A anywhere: names, alias, street, BSN, phone digits. */
    public static final List<String> NEEDLES = List.of("Timmermans", "Gerard", "Sarge", "Dijkweg", "999996770",
            "51 62 73 84", "Bertus");

    private EraseFixture() {
    }

    /** Fills an empty vault; A closed on {@link #A_CLOSED} when {@code closeA}. Returns B's paragraphs as they were. */
    public static List<MinutesParagraph> fill(Store store, boolean closeA) {
        Importer.store(store, DemoData.demoData());
        if (closeA) {
            CaseFile a = store.cases().find(A).orElseThrow();
            store.cases().save(new CaseFile(a.number(), a.client(), a.referrer(), a.reportedOn(), Phase.AFGESLOTEN,
                    a.domains(), a.consent(), a.informed(), a.evidentInterest(), a.lighterMeansConsidered(), null, A_CLOSED,
                    a.kring()));
        }
        CaseFile b = store.cases().find(B).orElseThrow();
        Map<LifeDomain, DomainAssessment> domains = new EnumMap<>(LifeDomain.class);
        domains.putAll(b.domains());
        domains.put(LifeDomain.SOCIAAL_FUNCTIONEREN, new DomainAssessment(2, DOMAIN_NOTE));
        store.cases().save(new CaseFile(b.number(), b.client(), b.referrer(), b.reportedOn(), b.phase(), domains,
                b.consent(), b.informed(), b.evidentInterest(), LIGHTER, b.evaluationDue(), b.closedOn(), b.kring()));

        Meeting m = store.meetings().find(MEETING).orElseThrow();
        List<AgendaItem> items = new ArrayList<>();
        List<MinutesParagraph> before = null;
        for (AgendaItem i : m.items()) {
            if (i.caseNumber().equals(B)) {
                before = i.minutes();
                List<MinutesParagraph> minutes = new ArrayList<>(i.minutes());
                minutes.add(new MinutesParagraph(null, PARAGRAPH));
                minutes.add(new MinutesParagraph(LifeDomain.HUISVESTING, PARAGRAPH_2));
                List<Decision> decisions = new ArrayList<>(i.decisions());
                decisions.add(new Decision(DECISION, "woco-dak", MEETING.plusDays(14)));
                i = new AgendaItem(i.caseNumber(), i.durationMinutes(), minutes, decisions, i.disclosures());
            }
            items.add(i);
        }
        if (before == null) {
            throw new IllegalStateException("the demo meeting no longer has case " + B);
        }
        store.meetings().save(new Meeting(m.date(), m.location(), m.start(), m.present(), items));
        store.disclosures().record(B, MEETING, new Disclosure(List.of(LifeDomain.VEILIGHEID), List.of("politie-oost"),
                DisclosureBasis.EVIDENT_BELANG, WHY, "cliënt niet bereikbaar", "voorzitter", MEETING));
        store.suspects().record(MEETING, "Bertus", SuspectDecisionRepository.Kind.RELATIVE, "[buurman van cliënt " + A + "]");
        store.suspects().record(MEETING, "Gerrie", SuspectDecisionRepository.Kind.DISMISSED, null); // A's alias
        store.suspects().record(MEETING, "Rivierstad", SuspectDecisionRepository.Kind.DISMISSED, null); // not A: stays
        return before;
    }

    /** Every text of B's item in the meeting, the disclosure notes of B, B's leefgebied notes and legal texts. */
    public static String textsOfB(Store store) {
        StringBuilder sb = new StringBuilder();
        AgendaItem item = store.meetings().find(MEETING).orElseThrow().items().stream()
                .filter(i -> i.caseNumber().equals(B)).findFirst().orElseThrow();
        item.minutes().forEach(p -> sb.append(p.text()).append('\n'));
        item.decisions().forEach(d -> sb.append(d.action()).append('\n'));
        store.disclosures().forCase(B).forEach(e -> sb.append(e.disclosure().why()).append('\n')
                .append(e.disclosure().whyNotInformed()).append('\n'));
        CaseFile b = store.cases().find(B).orElseThrow();
        b.domains().values().forEach(d -> sb.append(d.note()).append('\n'));
        sb.append(b.evidentInterest()).append('\n').append(b.lighterMeansConsidered()).append('\n');
        return sb.toString();
    }
}
