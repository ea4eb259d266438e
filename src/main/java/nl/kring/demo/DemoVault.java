package nl.kring.demo;

import nl.kring.domain.RequestType;
import nl.kring.domain.Requester;
import nl.kring.interchange.Importer;
import nl.kring.service.RequestService;
import nl.kring.service.VaultService;
import nl.kring.store.Store;
import nl.kring.vault.VaultException;

import java.nio.file.Path;
import java.time.LocalDate;

/** The vault of {@code kring --demo}: the demo data around {@code today}, plus one open request of a client. */
public final class DemoVault {
    private DemoVault() {
    }

    /** Creates the demo vault in the empty (or absent) folder {@code dir} and returns it open. */
    public static Store create(Path dir, LocalDate today) throws VaultException {
        Store store = VaultService.create(dir, DemoData.DEMO_PASSPHRASE.toCharArray(), "demo");
        Importer.store(store, DemoData.demoDataFor(today));
        // The interchange format has no requests of clients; one open afschrift shows that part of the app.
        new RequestService(store).register("2026-007", RequestType.AFSCHRIFT, today.minusDays(9), Requester.CLIENT, today);
        return store;
    }
}
