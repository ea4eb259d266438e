package nl.kring.report;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import nl.kring.audit.AuditLog;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Disclosure;
import nl.kring.domain.Partner;
import nl.kring.report.layout.PageDecoration;
import nl.kring.report.layout.ReportDocument;
import nl.kring.report.layout.Style;
import nl.kring.report.layout.Table;
import nl.kring.store.DisclosureRepository;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The registers for the privacy officer (issue 14): the disclosures register and the audit log, each as a PDF and a
 * CSV (semicolon-separated, UTF-8 with a byte order mark, so that Excel with Dutch settings opens it as columns).
 * Clients appear by case number only: every free text of a disclosure passes the pseudonymiser and the identity guard.
 */
public final class RegisterExport {
    public static final String DISCLOSURES_PDF = "verstrekkingen.pdf";
    public static final String DISCLOSURES_CSV = "verstrekkingen.csv";
    public static final String AUDIT_PDF = "auditlog.pdf";
    public static final String AUDIT_CSV = "auditlog.csv";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final List<String> DISCLOSURE_HEADER = List.of("nummer", "casus", "vergadering", "datum",
            "gegevens", "aan", "grondslag", "waarom", "client_geinformeerd", "waarom_niet_geinformeerd",
            "besloten_door", "ingetrokken_op", "reden_intrekking");
    /** In words first (issue 13), then the entry as stored in the hash-chained log, for the privacy officer. */
    private static final List<String> AUDIT_HEADER = List.of("volgnummer", "tijdstip", "handeling", "onderwerp", "details",
            "opgeslagen_handeling", "opgeslagen_onderwerp", "opgeslagen_details");

    private RegisterExport() {
    }

    static List<List<String>> disclosureRows(List<DisclosureRepository.Entry> entries, List<Partner> partners,
                                             List<CaseFile> cases, Pseudonymiser pseudonymiser) {
        IdentityGuard guard = IdentityGuard.of(cases, partners);
        Map<String, String> names = partners.stream().collect(Collectors.toMap(Partner::id, Partner::name));
        Function<String, String> partnerName = id -> names.getOrDefault(id, id);
        List<List<String>> rows = new ArrayList<>();
        for (DisclosureRepository.Entry e : entries) {
            Disclosure d = e.disclosure();
            Function<String, String> safe = t -> t == null || t.isBlank() ? ""
                    : guard.mask(pseudonymiser.pseudonymise(e.caseNumber(), t));
            rows.add(List.of(String.valueOf(e.id()), e.caseNumber(), date(e.meetingDate()), date(d.date()),
                    String.join(", ", d.categoryLabels()),
                    d.to().stream().map(partnerName).collect(Collectors.joining(", ")),
                    d.basis() == null ? "" : d.basis().label(), safe.apply(d.why()),
                    d.clientInformed() ? "ja" : "nee", safe.apply(d.whyNotInformed()), safe.apply(d.decidedBy()),
                    d.withdrawal() == null ? "" : date(d.withdrawal().on()),
                    d.withdrawal() == null ? "" : safe.apply(d.withdrawal().reason())));
        }
        return rows;
    }

    static List<List<String>> auditRows(List<AuditLog.Entry> entries, AuditWords words) {
        return entries.stream().map(e -> List.of(String.valueOf(e.seq()), e.at() == null ? "" : STAMP.format(e.at()),
                words.action(e.action()), words.subject(e.action(), e.subject()), words.detail(e.action(), e.detail()),
                e.action(), e.subject() == null ? "" : e.subject(), e.detail() == null ? "" : e.detail())).toList();
    }

    /** Writes the four files together (or none of them). */
    public static List<Path> write(List<DisclosureRepository.Entry> disclosures, List<AuditLog.Entry> audit,
                                   List<Partner> partners, List<CaseFile> cases, Pseudonymiser pseudonymiser,
                                   ChairContact chair, LocalDate today, Path outDir) throws IOException {
        List<List<String>> d = disclosureRows(disclosures, partners, cases, pseudonymiser);
        List<List<String>> a = auditRows(audit, AuditWords.of(partners));
        try (StagedFiles files = new StagedFiles(outDir)) {
            files.stage(DISCLOSURES_PDF, disclosuresPdf(d, chair, today));
            files.stage(DISCLOSURES_CSV, csv(DISCLOSURE_HEADER, d));
            files.stage(AUDIT_PDF, auditPdf(a, chair, today));
            files.stage(AUDIT_CSV, csv(AUDIT_HEADER, a));
            return files.commit();
        }
    }

    static byte[] csv(List<String> header, List<List<String>> rows) {
        CsvMapper mapper = new CsvMapper();
        StringWriter w = new StringWriter();
        w.write('\uFEFF');
        try (SequenceWriter out = mapper.writer(CsvSchema.emptySchema().withColumnSeparator(';')).writeValues(w)) {
            out.write(header.toArray(String[]::new));
            for (List<String> r : rows) {
                out.write(r.stream().map(RegisterExport::noFormula).toArray(String[]::new));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A cell that a spreadsheet would run as a formula starts with an apostrophe instead. */
    static String noFormula(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    private static byte[] disclosuresPdf(List<List<String>> rows, ChairContact chair, LocalDate today) {
        PageDecoration deco = new PageDecoration("Voor: de functionaris gegevensbescherming", Nl.CONFIDENTIAL_CHAIR,
                "Register van verstrekkingen · " + Nl.date(today));
        try (ReportDocument doc = new ReportDocument("Register van verstrekkingen zonder toestemming",
                "Register van verstrekkingen", deco)) {
            doc.title("Register van verstrekkingen");
            doc.subtitle("Aantekeningen van verstrekking (handreiking punt 7) · " + Nl.date(today));
            doc.paragraph(Style.SMALL, "Cliënten staan alleen met hun casusnummer vermeld. Bijgehouden door "
                    + chair.withRole("de voorzitter") + ".");
            if (rows.isEmpty()) {
                doc.paragraph(Style.BODY_ITALIC, "Er zijn geen verstrekkingen vastgelegd.");
            }
            for (List<String> r : rows) {
                doc.heading2("Nr. " + r.get(0) + " · casus " + r.get(1) + " · " + r.get(3)
                        + (r.get(11).isEmpty() ? "" : " · ingetrokken op " + r.get(11)));
                Table t = new Table(2.2f, 6f).unruled();
                t.row("Gegevens", r.get(4));
                t.row("Aan", r.get(5));
                t.row("Grondslag", r.get(6));
                t.row("Waarom", Nl.orDash(r.get(7)));
                t.row("Cliënt geïnformeerd", r.get(8) + (r.get(9).isEmpty() ? "" : " — " + r.get(9)));
                t.row("Besloten door", Nl.orDash(r.get(10)));
                if (!r.get(2).isEmpty()) {
                    t.row("Vergadering", r.get(2));
                }
                if (!r.get(12).isEmpty()) {
                    t.row("Reden intrekking", r.get(12));
                }
                doc.table(t);
            }
            return Outputs.finish(doc, PdfOutput.archive());
        }
    }

    private static byte[] auditPdf(List<List<String>> rows, ChairContact chair, LocalDate today) {
        PageDecoration deco = new PageDecoration("Voor: de functionaris gegevensbescherming", Nl.CONFIDENTIAL_CHAIR,
                "Auditlogboek · " + Nl.date(today));
        try (ReportDocument doc = new ReportDocument("Auditlogboek", "Auditlogboek", deco)) {
            doc.title("Auditlogboek");
            doc.subtitle(rows.size() + " vermeldingen · " + Nl.date(today));
            doc.paragraph(Style.SMALL, "Het logboek is aaneengeschakeld met een HMAC; kring verify controleert dat er "
                    + "niets is veranderd, tussengevoegd of weggehaald. Vermeldingen noemen alleen casusnummers. Partners en "
                    + "deelnemers staan met hun naam uit het register; de tekst zoals opgeslagen staat in auditlog.csv.");
            Table t = new Table(0.9f, 2.3f, 2.4f, 1.6f, 4.8f).header("Nr.", "Tijdstip", "Handeling", "Onderwerp", "Details");
            for (List<String> r : rows) {
                t.row(r.subList(0, 5).toArray(String[]::new));
            }
            if (!t.isEmpty()) {
                doc.table(t);
            }
            return Outputs.finish(doc, PdfOutput.archive());
        }
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }
}
