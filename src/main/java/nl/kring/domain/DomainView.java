package nl.kring.domain;

import java.util.List;

/** One leefgebied as an audience may see it: in full, as a signal, or explicitly hidden. */
public sealed interface DomainView permits DomainView.Full, DomainView.Signal, DomainView.Hidden {

    LifeDomain domain();

    /**
     * VOLLEDIG: the score and the note (either may be not recorded). Only a note from the police can be hidden, for an
     * audience outside the {@link PoliceRule}. {@code policeNote}: the note (shown or hidden) came from the police, so
     * that a screen marks it in words.
     */
    record Full(LifeDomain domain, Part<Integer> score, Part<String> note, boolean policeNote) implements DomainView {
        public Full {
            if (score.isHidden() || note instanceof Part.Hidden<String> h && h.reason() != HiddenReason.POLICE) {
                throw new IllegalArgumentException("a full domain view hides nothing but a note from the police");
            }
        }

        public Full(LifeDomain domain, Part<Integer> score, Part<String> note) {
            this(domain, score, note, false);
        }
    }

    /**
     * SIGNAAL: only whether there is a problem in this domain and, when there is, whom to contact. A problem is a
     * score of 1 or 2, or a note without a score (see {@link DomainAssessment#signalsProblem()}). The contacts are
     * the partners in the case's kring whose role sees this domain VOLLEDIG, in kring order; when there are none,
     * {@code viaChair} is true and the chair (voorzitter vangnetoverleg) is the contact. Without a problem there are
     * no contacts and {@code viaChair} is false. No score, no note.
     */
    record Signal(LifeDomain domain, boolean problem, List<PartnerRef> contacts, boolean viaChair)
            implements DomainView {
        public Signal {
            contacts = List.copyOf(contacts);
        }
    }

    /** GEEN: nothing at all, not even whether anything was recorded. */
    record Hidden(LifeDomain domain, HiddenReason reason) implements DomainView {
    }
}
