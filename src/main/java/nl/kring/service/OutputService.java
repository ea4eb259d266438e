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

    /** The client information leaflet of the vault (no case) to {@code file}. */
    public Path clientInformation(Path file) throws IOException {
        return ExportService.clientInformation(store, file);
    }

    /** The client information leaflet for one case to {@code file}. */
    public Path clientInformation(String caseNumber, Path file) throws IOException {
        return ExportService.clientInformation(store, caseNumber, file);
    }

    /** The ketenovereenkomst as a PDF to {@code file}. */
    public Path chainAgreement(Path file) throws IOException {
        return ExportService.chainAgreement(store, file);
    }

    /** The registers (disclosures, requests, audit trail) as files in {@code outDir}. */
    public List<Path> registers(Path outDir) throws IOException {
        return ExportService.registers(store, outDir);
    }
}
