package nl.kring.ui.meetingroom;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.kring.domain.Disclosure;
import nl.kring.domain.DisclosureProposals;
import nl.kring.domain.Partner;

/**
 * A disclosure note Kring proposes after an item (issue 15): pre-filled, the why editable, waiting for the chair to
 * record or drop it. Nothing is written until the chair confirms.
 */
public final class ProposalRow {
    private final DisclosureProposals.Proposal proposal;
    private final Partner recipient;
    private final StringProperty why = new SimpleStringProperty("");

    ProposalRow(DisclosureProposals.Proposal proposal, Partner recipient) {
        this.proposal = proposal;
        this.recipient = recipient;
        why.set(proposal.note().why() == null ? "" : proposal.note().why());
    }

    /** Identifies the proposal: the same case, recipient and category is proposed once. */
    String key() {
        return key(proposal);
    }

    static String key(DisclosureProposals.Proposal p) {
        return p.caseNumber() + "|" + p.recipient() + "|" + (p.category() instanceof Enum<?> e ? e.name() : p.category());
    }

    public DisclosureProposals.Proposal proposal() {
        return proposal;
    }

    public String caseNumber() {
        return proposal.caseNumber();
    }

    public String recipientName() {
        return recipient == null ? proposal.recipient() : recipient.name();
    }

    public String categoryLabel() {
        return proposal.categoryLabel();
    }

    public boolean override() {
        return proposal.reason() == DisclosureProposals.Reason.OVERRIDE;
    }

    /** Why the data went there (pre-filled with the case's evident belang or the override's reason). */
    public StringProperty whyProperty() {
        return why;
    }

    /** The note as the chair would record it now. */
    public Disclosure note() {
        Disclosure d = proposal.note();
        String w = why.get() == null || why.get().isBlank() ? null : why.get().strip();
        return d.withTexts(w, d.whyNotInformed());
    }
}
