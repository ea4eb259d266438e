package nl.kring.interchange;

import nl.kring.domain.CaseFile;
import nl.kring.domain.Meeting;
import nl.kring.domain.Partner;

import java.util.List;

/** The content of an interchange file, validated. {@code vault} holds the optional vault settings (null when absent). */
public record Interchange(List<Partner> partners, List<CaseFile> cases, List<Meeting> meetings, VaultSettings vault) {
    public Interchange {
        partners = List.copyOf(partners);
        cases = List.copyOf(cases);
        meetings = List.copyOf(meetings);
    }

    public Interchange(List<Partner> partners, List<CaseFile> cases, List<Meeting> meetings) {
        this(partners, cases, meetings, null);
    }

    /**
     * The top-level {@code vault} object (DESIGN.md, "Legal footing, point by point"): the retention period in
     * months, the evaluation interval in weeks and the keten's own definition of evident belang; each may be null.
     */
    public record VaultSettings(Integer retentionMonths, Integer evaluationWeeks, String evidentInterestDefinition) {
    }
}
