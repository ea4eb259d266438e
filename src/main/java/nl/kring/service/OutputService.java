package nl.kring.service;

import nl.kring.report.ExportService;
import nl.kring.store.Store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The documents made from the vault for the screens: each method is {@link ExportService}'s, on this vault (the
 * screens hold no store).
 */
public final class OutputService {
    private final Store store;

    public OutputService(Store store) {
        this.store = store;
    }

    /** The registers (disclosures, requests, audit trail) as files in {@code outDir}. */
    public List<Path> registers(Path outDir) throws IOException {
        return ExportService.registers(store, outDir);
    }
}
