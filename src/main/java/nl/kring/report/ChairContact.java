package nl.kring.report;

import nl.kring.domain.ChairDetails;

import java.util.ArrayList;
import java.util.List;

/**
 * The chair of the vangnetoverleg: sender of every report and the contact named for a SIGNAAL. Professional
 * contact details only, as set in the vault's settings; any of them may be unknown ({@code null}), and then the
 * reports name the role ("de voorzitter") without inventing a name. {@code complaints} is the complaints contact
 * named in the inzage copy.
 */
public record ChairContact(String name, String organisation, String phone, String email, String complaints) {
    public ChairContact {
        name = blankToNull(name);
        organisation = blankToNull(organisation);
        phone = blankToNull(phone);
        email = blankToNull(email);
        complaints = blankToNull(complaints);
    }

    public ChairContact(String name, String organisation, String phone, String email) {
        this(name, organisation, phone, email, null);
    }

    /** From the vault's settings: the chair's function stands where the organisation would. */
    public static ChairContact of(ChairDetails d) {
        return new ChairContact(d.name(), d.function(), d.phone(), d.email(), d.complaints());
    }

    /** "M. Bos, GGD Vangnet, 030-1234567, vangnet@ggd.example" (what is known of it; empty when nothing is). */
    public String contactLine() {
        List<String> parts = new ArrayList<>();
        for (String s : new String[] {name, organisation, phone, email}) {
            if (s != null) {
                parts.add(s);
            }
        }
        return String.join(", ", parts);
    }

    /** "{role}: {contact line}", or only the role when nothing is known. */
    public String withRole(String role) {
        String line = contactLine();
        return line.isEmpty() ? role : role + ": " + line;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
