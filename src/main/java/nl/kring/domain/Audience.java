package nl.kring.domain;

import java.util.List;
import java.util.Objects;

/** Who a {@link CaseView} is for. Build with the static factories. */
public sealed interface Audience
        permits Audience.Chair, Audience.Attendee, Audience.Presentation, Audience.PartnerExport,
        Audience.ChairExport {

    enum Kind {
        /** The chair's own screen: everything. */
        CHAIR,
        /** "Bekijk als ...": exactly what one attendee's role may see. */
        ATTENDEE,
        /** The projector: what every person present may see (the strictest wins); never the BSN. */
        PRESENTATION,
        /** A document that leaves the vault: case number only, melder never. */
        EXPORT
    }

    Kind kind();

    /** The chair on their own screen. */
    record Chair() implements Audience {
        @Override
        public Kind kind() {
            return Kind.CHAIR;
        }
    }

    /** One attendee, by the partner they attend for ("bekijk als"). */
    record Attendee(Partner partner) implements Audience {
        public Attendee {
            Objects.requireNonNull(partner, "partner");
        }

        @Override
        public Kind kind() {
            return Kind.ATTENDEE;
        }
    }

    /**
     * Everyone checked in, by the partners they attend for. When someone present is not in the case's kring the item
     * is withheld, unless the chair has overridden that (with a recorded reason, which the caller audits): then the
     * outsiders' roles count in the strictest-wins like everyone else's, and everything that is for kring members
     * only (name, address, untagged paragraphs, decisions) stays hidden.
     */
    record Presentation(List<Partner> present, boolean outsidersAdmitted) implements Audience {
        public Presentation {
            present = List.copyOf(present);
        }

        @Override
        public Kind kind() {
            return Kind.PRESENTATION;
        }
    }

    /** A partner's report after the meeting. */
    record PartnerExport(Partner recipient) implements Audience {
        public PartnerExport {
            Objects.requireNonNull(recipient, "recipient");
        }

        @Override
        public Kind kind() {
            return Kind.EXPORT;
        }
    }

    /** The chair's full minutes (verslag vergadering): all content, but case number only and no melder. */
    record ChairExport() implements Audience {
        @Override
        public Kind kind() {
            return Kind.EXPORT;
        }
    }

    static Audience chair() {
        return new Chair();
    }

    static Audience attendee(Partner partner) {
        return new Attendee(partner);
    }

    static Audience presentation(List<Partner> present) {
        return new Presentation(present, false);
    }

    static Audience presentationAdmittingOutsiders(List<Partner> present) {
        return new Presentation(present, true);
    }

    static Audience export(Partner recipient) {
        return new PartnerExport(recipient);
    }

    static Audience chairMinutes() {
        return new ChairExport();
    }
}
