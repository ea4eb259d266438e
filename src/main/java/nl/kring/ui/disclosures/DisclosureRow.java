package nl.kring.ui.disclosures;

import nl.kring.store.DisclosureRepository;
import nl.kring.ui.common.Dates;

import java.util.Map;

/** One line of the register, as shown (partner names instead of ids). */
public record DisclosureRow(DisclosureRepository.Entry entry, String date, String caseNumber, String to, String basis,
                            String categories, String decidedBy, String meeting) {

    public static DisclosureRow of(DisclosureRepository.Entry e, Map<String, String> partnerNames, String outside) {
        var d = e.disclosure();
        return new DisclosureRow(e, Dates.format(d.date()), e.caseNumber(),
                DisclosureSection.recipients(d, partnerNames::get), d.basis().label(), DisclosureSection.categories(d),
                d.decidedBy() == null ? "" : d.decidedBy(),
                e.meetingDate() == null ? outside : Dates.format(e.meetingDate()));
    }
}
