package nl.kring.ui;

import nl.kring.domain.CaseFile;
import nl.kring.domain.Client;
import nl.kring.domain.Consent;
import nl.kring.domain.ConsentStatus;
import nl.kring.domain.Partner;
import nl.kring.domain.Phase;
import nl.kring.domain.Role;
import nl.kring.domain.Tier;
import nl.kring.store.Store;
import nl.kring.vault.Vault;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Real vaults and small fixtures for the UI tests (fictitious people only). */
public final class TestVaults {
    public static final String PASSPHRASE = "Zeven blauwe fietsen rijden 42 rondjes om de molen";

    private TestVaults() {
    }

    public static Store create(Path dir) throws Exception {
        return new Store(Vault.create(dir, PASSPHRASE.toCharArray()));
    }

    public static Partner partner(String id, Role role, LocalDate signed, LocalDate ends) {
        return new Partner(id, "Partner " + id, role, Tier.KERN, signed, ends, List.of());
    }

    public static Client client(String first, String roepnaam, String prefix, String surname, List<String> aliases) {
        return new Client(first, roepnaam, prefix, surname, aliases, LocalDate.of(1980, 5, 1), null, null, null,
                List.of(), null, false);
    }

    /** A case justified by an evident belang also says why a lighter means was not enough (point 4). */
    public static final String LIGHTER_MEANS = "bilateraal overleg met de huisarts was onvoldoende";

    public static CaseFile caseFile(String number, Client client, Phase phase, boolean consent, String evident,
                                    List<String> kring) {
        return new CaseFile(number, client, null, LocalDate.of(2026, 1, 5), phase, null,
                consent ? new Consent(ConsentStatus.GEGEVEN, LocalDate.of(2026, 1, 6), "M. Bos") : null, null,
                evident, evident == null ? null : LIGHTER_MEANS, null, null, kring);
    }
}
