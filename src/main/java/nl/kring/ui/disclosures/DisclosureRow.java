package nl.kring.ui.disclosures;

import nl.kring.store.DisclosureRepository;
import nl.kring.ui.common.Dates;

import java.util.List;
import java.util.Map;

/**
 * One line of the register, as shown (partner names instead of ids). {@code status} is "ingetrokken 28-11-2026" for a
 * withdrawn note (else empty), {@code detail} its reason and replacement.
 */
public record DisclosureRow(DisclosureRepository.Entry entry, String date, String caseNumber, String to, String basis,
                            String categories, String decidedBy, String meeting, String status, String detail) {

    public static DisclosureRow of(DisclosureRepository.Entry e, Map<String, String> partnerNames, String outside) {
        return of(e, partnerNames, outside, List.of(e));
    }

    /** {@code shown}: the lines around it, to name the note that replaced a withdrawn one. */
    public static DisclosureRow of(DisclosureRepository.Entry e, Map<String, String> partnerNames, String outside,
                                   List<DisclosureRepository.Entry> shown) {
        var d = e.disclosure();
        return new DisclosureRow(e, Dates.format(d.date()), e.caseNumber(),
                DisclosureSection.recipients(d, partnerNames::get), d.basis().label(), DisclosureSection.categories(d),
                d.decidedBy() == null ? "" : d.decidedBy(),
                e.meetingDate() == null ? outside : Dates.format(e.meetingDate()),
                d.withdrawn() ? DisclosureSection.withdrawnMark(d) : "",
                d.withdrawn() ? DisclosureSection.withdrawalDetail(d, shown) : "");
    }

    public boolean withdrawn() {
        return entry.withdrawn();
    }
}
