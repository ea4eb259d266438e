package nl.kring.store;

import nl.kring.domain.ChainAgreement;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/**
 * The contents of the ketenovereenkomst, kept (encrypted) in the vault's settings like {@link ContactSettings}. A text
 * that was never set, or was stored empty, reads back as the handreiking's default; the signatories are stored as a
 * comma-separated list of partner ids (an id holds no comma: {@code PartnerIds}).
 */
public final class ChainAgreementSettings {
    public static final String PURPOSE = "agreement.purpose";
    public static final String STORAGE = "agreement.storage";
    public static final String RIGHTS = "agreement.rights";
    public static final String REPORTING = "agreement.reporting";
    public static final String COORDINATOR_NAME = "agreement.coordinator.name";
    public static final String COORDINATOR_FUNCTION = "agreement.coordinator.function";
    public static final String COORDINATOR_CONTACT = "agreement.coordinator.contact";
    public static final String SIGNED_ON = "agreement.signedOn";
    public static final String SIGNED_BY = "agreement.signedBy";

    private ChainAgreementSettings() {
    }

    public static ChainAgreement load(SettingRepository s) {
        LocalDate signedOn = null;
        String date = s.get(SIGNED_ON).orElse("");
        if (!date.isBlank()) {
            try {
                signedOn = LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                signedOn = null; // not written by Kring; shown as not signed rather than failing the screen
            }
        }
        List<String> by = Arrays.stream(s.get(SIGNED_BY).orElse("").split(",")).map(String::strip)
                .filter(x -> !x.isEmpty()).toList();
        return new ChainAgreement(s.get(PURPOSE).orElse(null), s.get(STORAGE).orElse(null), s.get(RIGHTS).orElse(null),
                s.get(REPORTING).orElse(null), s.get(COORDINATOR_NAME).orElse(null),
                s.get(COORDINATOR_FUNCTION).orElse(null), s.get(COORDINATOR_CONTACT).orElse(null), signedOn, by);
    }

    /** Stores every field; an absent coordinator field or date is stored empty, which reads back as absent. */
    public static void save(SettingRepository s, ChainAgreement a) {
        s.put(PURPOSE, a.purpose());
        s.put(STORAGE, a.storage());
        s.put(RIGHTS, a.rights());
        s.put(REPORTING, a.reporting());
        s.put(COORDINATOR_NAME, a.coordinatorName() == null ? "" : a.coordinatorName());
        s.put(COORDINATOR_FUNCTION, a.coordinatorFunction() == null ? "" : a.coordinatorFunction());
        s.put(COORDINATOR_CONTACT, a.coordinatorContact() == null ? "" : a.coordinatorContact());
        s.put(SIGNED_ON, a.signedOn() == null ? "" : a.signedOn().toString());
        s.put(SIGNED_BY, String.join(",", a.signedBy()));
    }
}
