package nl.kring.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What an audience may see of one case within one agenda item. Immutable. Every part the audience may not see is
 * an explicit {@link Part.Hidden}, {@link DomainView.Hidden} or hidden paragraph: never an empty value.
 *
 * @param caseNumber  always shown: it is what replaces the client's name outside the vault
 * @param referrer    the melder: shown to the chair only ({@link Audience.Chair}), never in exports
 * @param phase       the case's phase, for every audience that sees the case
 * @param legal       consent, informed, evident interest, lighter means, evaluation date: chair (and the chair's
 *                    minutes) only
 * @param domains     all eleven leefgebieden, in {@link LifeDomain} order
 * @param minutes     the item's paragraphs in order, each shown (with its category, or none) or hidden; a hidden
 *                    paragraph does not reveal its category
 * @param decisions   the item's decisions, for kring members
 * @param disclosures the item's disclosure notes: chair only
 * @param kring       the partners of the case's kring, in kring order
 */
public record CaseView(Audience.Kind audience, String caseNumber, IdentityView identity, Part<Referrer> referrer,
                       Part<Phase> phase, Part<LegalFooting> legal, List<DomainView> domains,
                       List<Part<MinutesParagraph>> minutes, Part<List<DecisionView>> decisions,
                       Part<List<Disclosure>> disclosures, List<PartnerRef> kring) implements ItemView {

    public CaseView {
        domains = List.copyOf(domains);
        minutes = List.copyOf(minutes);
        kring = List.copyOf(kring);
    }

    public DomainView domain(LifeDomain domain) {
        return domains.get(domain.ordinal());
    }

    /**
     * A content-free line for the audit log saying which parts were shown: no names, scores or texts, only the
     * kinds of data, e.g. {@code identity=[name,address] volledig=[HUISVESTING] signaal=[FINANCIEN] minutes=2/3
     * decisions=yes}.
     */
    public String auditSummary() {
        List<String> identityShown = new ArrayList<>();
        IdentityView id = identity;
        addIfShown(identityShown, "name", id.name());
        addIfShown(identityShown, "firstNames", id.firstNames());
        addIfShown(identityShown, "aliases", id.aliases());
        addIfShown(identityShown, "birthDate", id.birthDate());
        addIfShown(identityShown, "bsn", id.bsn());
        addIfShown(identityShown, "address", id.address());
        addIfShown(identityShown, "phone", id.phone());
        addIfShown(identityShown, "relatives", id.relatives());
        addIfShown(identityShown, "legalRepresentative", id.legalRepresentative());
        addIfShown(identityShown, "fileNumbers", id.fileNumbers());
        String full = domains.stream().filter(d -> d instanceof DomainView.Full)
                .map(d -> d.domain().name()).collect(Collectors.joining(","));
        String signal = domains.stream().filter(d -> d instanceof DomainView.Signal)
                .map(d -> d.domain().name()).collect(Collectors.joining(","));
        long paragraphsShown = minutes.stream().filter(Part::isShown).count();
        return "case=" + caseNumber + " audience=" + audience
                + " identity=[" + String.join(",", identityShown) + "]"
                + " referrer=" + (referrer.isHidden() ? "no" : "yes")
                + " volledig=[" + full + "] signaal=[" + signal + "]"
                + " minutes=" + paragraphsShown + "/" + minutes.size()
                + " decisions=" + (decisions.isHidden() ? "no" : "yes")
                + " legal=" + (legal.isHidden() ? "no" : "yes")
                + " disclosures=" + (disclosures.isHidden() ? "no" : "yes");
    }

    private static void addIfShown(List<String> out, String name, Part<?> part) {
        if (!part.isHidden()) {
            out.add(name);
        }
    }
}
