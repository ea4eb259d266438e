package nl.kring.store;

import nl.kring.domain.ChairDetails;

/** The chair's contact details and the complaints contact, kept (encrypted) in the vault's settings. */
public final class ContactSettings {
    public static final String NAME = "chair.name";
    public static final String FUNCTION = "chair.function";
    public static final String EMAIL = "chair.email";
    public static final String PHONE = "chair.phone";
    public static final String COMPLAINTS = "complaints.contact";

    private ContactSettings() {
    }

    public static ChairDetails load(SettingRepository s) {
        return new ChairDetails(s.get(NAME).orElse(null), s.get(FUNCTION).orElse(null), s.get(EMAIL).orElse(null),
                s.get(PHONE).orElse(null), s.get(COMPLAINTS).orElse(null));
    }

    /** Stores every field; an absent one is stored empty, which reads back as absent. */
    public static void save(SettingRepository s, ChairDetails c) {
        s.put(NAME, c.name() == null ? "" : c.name());
        s.put(FUNCTION, c.function() == null ? "" : c.function());
        s.put(EMAIL, c.email() == null ? "" : c.email());
        s.put(PHONE, c.phone() == null ? "" : c.phone());
        s.put(COMPLAINTS, c.complaints() == null ? "" : c.complaints());
    }
}
