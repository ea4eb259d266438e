package nl.kring.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.TestVaults;
import nl.kring.demo.DemoData;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Decision;
import nl.kring.domain.DomainAssessment;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.MinutesParagraph;
import nl.kring.domain.PoliceRule;
import nl.kring.domain.Role;
import nl.kring.interchange.Importer;
import nl.kring.report.ExportPreview;
import nl.kring.report.ExportService;
import nl.kring.report.JudgedMinutes;
import nl.kring.report.MeetingReports;
import nl.kring.report.ProgressListener;

/**
 * Police information in a real encrypted vault (issue 15, migration V15): the demo's marked note and paragraph are
 * stored and read back, never in plaintext on disk; the vault's police rule (default: the police) decides what
 * {@code kring export}, the export preview and the inzage copy carry; a vault from before V15 opens with nothing
 * marked.
 */
class PoliceInformationStoreTest {
    static final LocalDate MEETING = LocalDate.of(2026, 11, 26);
    static final String NOTE = "voorwaardelijke straf uit 2024";
    static final String PARAGRAPH = "geen andere wapens aangetroffen";
    /** The demo's decision from the police (legal2), owned by the police, VEILIGHEID. */
    static final String DECISION = "aangifte bij het OM";

    @TempDir
    Path tmp;

    static DomainAssessment juridisch(Store store) {
        return store.cases().find("2026-010").orElseThrow().domains().get(LifeDomain.JURIDISCH);
    }

    static MinutesParagraph paragraph(Store store) {
        AgendaItem item = store.meetings().find(MEETING).orElseThrow().items().stream()
                .filter(i -> i.caseNumber().equals("2026-010")).findFirst().orElseThrow();
        return item.minutes().stream().filter(p -> p.text().contains(PARAGRAPH)).findFirst().orElseThrow();
    }

    static String text(Path pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theMarksAreStoredEncryptedAndTheVaultRuleDecidesEveryExport() throws Exception {
        Path dir = tmp.resolve("v");
        try (Store store = TestVaults.create(dir)) {
            Importer.store(store, DemoData.demoData());
            assertThat(ExportService.policeRule(store)).isEqualTo(PoliceRule.DEFAULT);
        }
        assertThat(TestVaults.filesContaining(List.of(dir), List.of(NOTE, PARAGRAPH, DECISION))).isEmpty();
        try (Store store = TestVaults.open(dir)) {
            assertThat(juridisch(store).policeNote()).isTrue();
            assertThat(juridisch(store).note()).contains(NOTE);
            assertThat(paragraph(store).police()).isTrue();
            assertThat(paragraph(store).category()).isEqualTo(LifeDomain.VEILIGHEID);
            assertThat(store.meetings().find(MEETING).orElseThrow().items().stream()
                    .flatMap(i -> i.decisions().stream()).filter(Decision::police)
                    .map(Decision::action)).singleElement().asString().contains(DECISION);
            // other notes and paragraphs are not marked
            CaseFile c = store.cases().find("2026-010").orElseThrow();
            assertThat(c.domains().values().stream().filter(DomainAssessment::policeNote)).hasSize(1);

            // the default rule: the police read both, the GGD (JURIDISCH and VEILIGHEID VOLLEDIG) neither
            Path out = tmp.resolve("out-default");
            JudgedMinutes.dismissAll(store, MEETING); // the export waits for the chair's review
            ExportService.exportMeeting(store, MEETING, out, Map.of(), ProgressListener.NONE);
            assertThat(text(out.resolve("politie-oost.pdf"))).contains(NOTE).contains(PARAGRAPH).contains(DECISION);
            assertThat(text(out.resolve("ggd-vangnet.pdf"))).doesNotContain(NOTE).doesNotContain(PARAGRAPH)
                    .doesNotContain(DECISION);
            assertThat(text(out.resolve(MeetingReports.MINUTES_FILE))).contains(NOTE).contains(PARAGRAPH)
                    .contains(DECISION).contains("(van de politie) Uitkomst van de");
            assertThat(text(out.resolve(MeetingReports.SCHEDULE_FILE))).doesNotContain(DECISION);
            var preview = ExportPreview.load(store, MEETING);
            assertThat(text(write(ExportPreview.report(preview, "ggd-vangnet"), "preview-ggd.pdf")))
                    .doesNotContain(NOTE).doesNotContain(PARAGRAPH).doesNotContain(DECISION);

            // the keten agrees the GGD may read it too
            store.transaction(s -> s.settings().put(PoliceRule.SETTING,
                    new PoliceRule(EnumSet.of(Role.POLITIE, Role.GGD)).code()));
        }
        try (Store store = TestVaults.open(dir)) {
            assertThat(ExportService.policeRule(store).roles()).containsExactlyInAnyOrder(Role.POLITIE, Role.GGD);
            Path out = tmp.resolve("out-ggd");
            ExportService.exportMeeting(store, MEETING, out, Map.of(), ProgressListener.NONE);
            assertThat(text(out.resolve("ggd-vangnet.pdf"))).contains(NOTE).contains(PARAGRAPH).contains(DECISION);
            // verslavingszorg (JURIDISCH SIGNAAL, VEILIGHEID VOLLEDIG) still reads neither: its role is not agreed
            assertThat(text(out.resolve("vz-noord.pdf"))).doesNotContain(NOTE).doesNotContain(PARAGRAPH)
                    .doesNotContain(DECISION);
            var preview = ExportPreview.load(store, MEETING);
            assertThat(text(write(ExportPreview.report(preview, "ggd-vangnet"), "preview-ggd2.pdf")))
                    .contains(NOTE).contains(PARAGRAPH).contains(DECISION);

            // the inzage copy withholds both, whatever the rule
            Path inzage = ExportService.inzage(store, "2026-010", tmp.resolve("inzage.pdf"));
            assertThat(text(inzage)).doesNotContain(NOTE).doesNotContain(PARAGRAPH).doesNotContain(DECISION)
                    .contains("[informatie van de politie]").contains("Wet politiegegevens");
        }
    }

    private Path write(byte[] pdf, String name) throws Exception {
        return Files.write(tmp.resolve(name), pdf);
    }

    @Test
    void aVaultFromBeforeV15OpensWithNothingMarkedAndVerifies() throws Exception {
        Path dir = tmp.resolve("old");
        try (Store store = TestVaults.create(dir)) {
            Importer.store(store, DemoData.demoData());
        }
        try (Store store = TestVaults.open(dir)) {
            // V19 (integrity digests) first, then V16: Flyway does not apply an older migration after a newer one
            TestVaults.undoIntegrityDigests(store);
            store.session().dsl().execute("DROP TABLE disclosure_proposal");
            store.session().dsl().execute("ALTER TABLE decision DROP COLUMN police");
            store.session().dsl().execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '16'");
            store.session().dsl().execute("ALTER TABLE domain_assessment DROP COLUMN police_note");
            store.session().dsl().execute("ALTER TABLE minutes_paragraph DROP COLUMN police");
            store.session().dsl().execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '15'");
        }
        try (Store store = TestVaults.open(dir)) {
            assertThat(juridisch(store).policeNote()).isFalse();
            assertThat(juridisch(store).note()).contains(NOTE);
            assertThat(paragraph(store).police()).isFalse();
            // marking after the upgrade is stored like any other change
            CaseFile c = store.cases().find("2026-010").orElseThrow();
            var domains = new EnumMap<LifeDomain, DomainAssessment>(LifeDomain.class);
            domains.putAll(c.domains());
            DomainAssessment j = domains.get(LifeDomain.JURIDISCH);
            domains.put(LifeDomain.JURIDISCH, new DomainAssessment(j.score(), j.note(), true));
            store.cases().save(new CaseFile(c.number(), c.client(), c.referrer(), c.reportedOn(), c.phase(), domains,
                    c.consent(), c.informed(), c.evidentInterest(), c.lighterMeansConsidered(), c.evaluationDue(),
                    c.closedOn(), c.kring()));
        }
        try (Store store = TestVaults.open(dir)) {
            assertThat(juridisch(store).policeNote()).isTrue();
        }
    }
}
