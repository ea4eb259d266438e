package nl.kring.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The client's identity as an audience may see it. {@code name} is the display name (roepnaam, tussenvoegsel,
 * surname). Kring members in the meeting (ATTENDEE, PRESENTATION) see name and address; only the chair sees the
 * rest; exports see none of it. {@code fileNumbers} (issue 12): the partners' own numbers for the client, each as
 * "partner: label number"; the chair sees all, a partner in its bekijk-als only those it issued itself.
 */
public record IdentityView(Part<String> name, Part<String> firstNames, Part<List<String>> aliases,
                           Part<LocalDate> birthDate, Part<String> bsn, Part<String> address, Part<String> phone,
                           Part<List<Relative>> relatives, Part<String> legalRepresentative,
                           Part<List<String>> fileNumbers) {

    static IdentityView allHidden(HiddenReason reason) {
        return new IdentityView(Part.hidden(reason), Part.hidden(reason), Part.hidden(reason), Part.hidden(reason),
                Part.hidden(reason), Part.hidden(reason), Part.hidden(reason), Part.hidden(reason),
                Part.hidden(reason), Part.hidden(reason));
    }
}
