package nl.kring.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The chair of the vangnetoverleg: sender of every report and the contact named for a SIGNAAL. Professional
 * contact details only.
 */
public record ChairContact(String name, String organisation, String phone, String email) {
    public ChairContact {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("the chair needs a name");
        }
    }

    /** "M. Bos, GGD Vangnet, 030-1234567, vangnet@ggd.example" (what is known of it). */
    public String contactLine() {
        List<String> parts = new ArrayList<>();
        parts.add(name.strip());
        for (String s : new String[] {organisation, phone, email}) {
            if (s != null && !s.isBlank()) {
                parts.add(s.strip());
            }
        }
        return String.join(", ", parts);
    }
}
