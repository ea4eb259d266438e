package nl.kring.service;

import nl.kring.domain.CaseFile;
import nl.kring.domain.Partner;
import nl.kring.pseudonym.Recognizer;
import nl.kring.report.ChairContact;
import nl.kring.report.ExportPreview;
import nl.kring.report.ExportService;
import nl.kring.report.InvitationPack;
import nl.kring.report.InzageReport;
import nl.kring.report.ProgressListener;
import nl.kring.store.Store;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /** What the inzage copy of a case would hold, for the chair's review of the masked passages. */
    public InzageReport.Input inzageInput(String caseNumber) {
        return ExportService.inzageInput(store, caseNumber);
    }

    /** The client's inzage copy with the passages in {@code unmasked} shown; audited without content. */
    public ExportService.InzageResult inzage(String caseNumber, Path file, Set<String> unmasked)
            throws IOException {
        return ExportService.inzage(store, caseNumber, file, unmasked);
    }

    /** The consent form of one case to {@code file}. */
    public Path consentForm(String caseNumber, Path file) throws IOException {
        return ExportService.consentForm(store, caseNumber, file);
    }

    /** The feedback to the referrer of one case (only what the melder may know) to {@code file}. */
    public Path referrerFeedback(String caseNumber, Path file) throws IOException {
        return ExportService.referrerFeedback(store, caseNumber, file);
    }

    /** The chair as sender and contact, as set in the vault's settings. */
    public ChairContact chair() {
        return ExportService.chair(store);
    }

    /** The invitation pack of the meeting on {@code date} (with {@code mail} also the drafts) in {@code outDir}. */
    public InvitationPack.Result invite(LocalDate date, Path outDir, boolean mail)
            throws IOException {
        return ExportService.invite(store, date, outDir, mail);
    }

    /** The reports of the meeting on {@code date} in {@code outDir} (see {@link ExportService#exportMeeting}). */
    public ExportService.Result exportMeeting(LocalDate date, Path outDir, Map<String, String> passwords,
                                              ProgressListener progress, boolean mail) throws IOException {
        return ExportService.exportMeeting(store, date, outDir, passwords, progress, mail);
    }

    /** What the export of the meeting on {@code date} would show each reader, for the preview. */
    /** The recogniser of the minutes screen and the export check: every client, and the words the vault knows. */
    public Recognizer recognizer(List<CaseFile> cases, List<Partner> partners, List<String> places) {
        return ExportService.recognizer(store, cases, partners, places);
    }

    /** Each invited partner's invitation PDF as the pack would write it, by partner id; nothing written. */
    public Map<String, byte[]> invitationPreviews(LocalDate date) throws IOException {
        return ExportPreview.invitations(store, date);
    }

    /** The inzage copy as it would be written with these passages shown; nothing written or audited. */
    public byte[] inzagePreview(String caseNumber, Set<String> unmasked) throws IOException {
        return ExportPreview.inzage(store, caseNumber, unmasked);
    }

    /** The terugmelding letter as it would be written; nothing written or audited. */
    public byte[] referrerFeedbackPreview(String caseNumber) throws IOException {
        return ExportPreview.terugmelding(store, caseNumber);
    }

    public ExportPreview.Loaded exportPreview(LocalDate date) {
        return ExportPreview.load(store, date);
    }

    /** The registers (disclosures, requests, audit trail) as files in {@code outDir}. */
    public List<Path> registers(Path outDir) throws IOException {
        return ExportService.registers(store, outDir);
    }
}
