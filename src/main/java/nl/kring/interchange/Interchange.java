package nl.kring.interchange;

import nl.kring.domain.CaseFile;
import nl.kring.domain.Meeting;
import nl.kring.domain.Partner;

import java.util.List;

/** The content of an interchange file, validated. */
public record Interchange(List<Partner> partners, List<CaseFile> cases, List<Meeting> meetings) {
    public Interchange {
        partners = List.copyOf(partners);
        cases = List.copyOf(cases);
        meetings = List.copyOf(meetings);
    }
}
