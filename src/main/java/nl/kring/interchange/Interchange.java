package nl.kring.interchange;

import nl.kring.domain.CaseFile;
import nl.kring.domain.ChairDetails;
import nl.kring.domain.Meeting;
import nl.kring.domain.Partner;

import java.util.List;

/** The content of an interchange file, validated; {@code chair} is its optional {@code vault.chair} and complaints (else null). */
public record Interchange(List<Partner> partners, List<CaseFile> cases, List<Meeting> meetings, ChairDetails chair) {
    public Interchange {
        partners = List.copyOf(partners);
        cases = List.copyOf(cases);
        meetings = List.copyOf(meetings);
    }

    public Interchange(List<Partner> partners, List<CaseFile> cases, List<Meeting> meetings) {
        this(partners, cases, meetings, null);
    }
}
