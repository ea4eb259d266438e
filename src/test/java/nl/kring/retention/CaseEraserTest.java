package nl.kring.retention;

import nl.kring.TestVaults;
import nl.kring.audit.AuditLog;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Client;
import nl.kring.domain.Disclosure;
import nl.kring.domain.DisclosureBasis;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.MinutesParagraph;
import nl.kring.domain.Phase;
import nl.kring.domain.Retention;
import nl.kring.report.ExportService;
import nl.kring.report.JudgedMinutes;
import nl.kring.report.MinutesSuspects;
import nl.kring.report.ProgressListener;
import nl.kring.store.Store;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static nl.kring.retention.EraseFixture.A;
import static nl.kring.retention.EraseFixture.B;
import static nl.kring.retention.EraseFixture.MEETING;
import static nl.kring.retention.EraseFixture.NEEDLES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A client purged under the retention rules leaves no name in other cases' texts, reports or vault files. */
class CaseEraserTest {
    /** A closed 2024-01-10, period two years: due on 2026-01-10, and nothing else of the demo is due then. */
    static final LocalDate AS_OF = LocalDate.of(2026, 2, 1);
    static final String DETAIL = "retention as of 2026-02-01: closed 2024-01-10, period P2Y; scrubbed 2 paragraphs and 1 decision in 1 meeting, "
            + "1 disclosure note, 2 texts of 1 other case; removed 2 name decisions";

    @TempDir
    Path dir;

    @Test
    void aPurgedClientIsReplacedByTheMarkerInEveryOtherCaseAndNoReportOrFileHoldsTheName() throws Exception {
        Path vault = dir.resolve("vault");
        List<MinutesParagraph> bBefore;
        Set<String> openBefore;
        try (Store store = TestVaults.create(vault)) {
            bBefore = EraseFixture.fill(store, true);
            assertThat(EraseFixture.textsOfB(store)).contains("Timmermans", "Sarge", "Dijkweg 214", "999996770", "Bertus");
            openBefore = open(store);

            RetentionService service = new RetentionService(store);
            RetentionService.Report report = service.due(AS_OF);
            assertThat(report.cases()).extracting(Retention.Due::caseNumber).containsExactly(A);
            RetentionService.Result result = service.purge(report);

            assertThat(result.cases()).containsExactly(A);
            assertThat(store.cases().exists(A)).isFalse();
            assertThat(result.scrubbed()).isEqualTo(new CaseEraser.Counts(2, 1, 1, 1, 2, 1, 2));

            String b = EraseFixture.textsOfB(store);
            for (String needle : NEEDLES) {
                assertThat(b).as("B's texts after the purge").doesNotContainIgnoringCase(needle);
            }
            assertThat(b).contains("Buurman [cliënt 2026-010] ([cliënt 2026-010], [adres cliënt 2026-010], BSN [BSN], tel. [telefoon])")
                    .contains("Zijn broer [broer van cliënt 2026-010] kwam ook langs; [cliënt 2026-010] zou weer gedronken hebben.")
                    .contains("Ook [buurman van cliënt 2026-010] van de overkant")
                    .contains("Gesprek met [cliënt 2026-010] en De Vries over de burenruzie")
                    .contains("Dreiging van buurman [cliënt 2026-010] tegen dhr. De Vries")
                    .contains("ruzie met buurman [cliënt 2026-010] over stank")
                    .contains("Bemiddeling met [cliënt 2026-010] via de wijkagent");
            // B's own minutes, which name B and the professionals, are left exactly as typed
            assertThat(store.meetings().find(MEETING).orElseThrow().items().stream().filter(i -> i.caseNumber().equals(B))
                    .findFirst().orElseThrow().minutes()).startsWith(bBefore.toArray(MinutesParagraph[]::new));

            // the decisions about A's names are gone; the rest stay
            assertThat(store.suspects().forMeeting(MEETING)).containsOnlyKeys("Rivierstad");
            // and the meeting's export is not blocked by a possible name that the scrub left behind
            assertThat(open(store)).isSubsetOf(openBefore);

            AuditLog.Entry purge = store.audit().entries().stream().filter(e -> e.action().equals("PURGE")).reduce((x, y) -> y)
                    .orElseThrow();
            assertThat(purge.subject()).isEqualTo(A);
            assertThat(purge.detail()).isEqualTo(DETAIL);
            assertThat(store.verify()).isEmpty();

            Path out = dir.resolve("export");
            JudgedMinutes.dismissAll(store, MEETING);
            ExportService.Result export = ExportService.exportMeeting(store, MEETING, out, Map.of(), ProgressListener.NONE);
            assertThat(export.files()).hasSizeGreaterThan(2);
            String verslag = "";
            for (Path pdf : export.files()) {
                String text = pdfText(pdf);
                for (String needle : NEEDLES) {
                    assertThat(text).as(pdf.getFileName() + " after the purge").doesNotContainIgnoringCase(needle);
                }
                if (pdf.getFileName().toString().equals("verslag.pdf")) {
                    verslag = text;
                }
            }
            // (without the page header and footer, which a page break may put inside a marker)
            assertThat(verslag.replaceAll("\\s+", " ").replaceAll("VERTROUWELIJK · Voor: .*? pagina \\d+ van \\d+ ", ""))
                    .contains("[cliënt 2026-010]").contains("[adres cliënt 2026-010]");
        }
        assertThat(TestVaults.filesContaining(List.of(vault), NEEDLES)).isEmpty();
        try (Store store = TestVaults.open(vault)) {
            assertThat(store.verify()).isEmpty();
            assertThat(EraseFixture.textsOfB(store)).doesNotContain("Timmermans");
        }
    }

    @Test
    void theReasonAWithdrawnNoteOfAnotherCaseGivesIsScrubbedToo() throws Exception {
        try (Store store = TestVaults.create(dir.resolve("vault"))) {
            EraseFixture.fill(store, true);
            var note = store.disclosures().record(EraseFixture.B, new Disclosure(
                    List.of(LifeDomain.HUISVESTING), List.of("politie-oost"),
                    DisclosureBasis.EVIDENT_BELANG, "overlast", "niet bereikbaar", "voorzitter",
                    LocalDate.of(2025, 12, 1)));
            store.disclosures().withdraw(note.id(), "Verkeerde casus: dit ging over Gerard Timmermans", null);

            new RetentionService(store).purge(new RetentionService(store).due(AS_OF));

            String reason = store.disclosures().forCase(EraseFixture.B).stream()
                    .filter(e -> e.id() == note.id()).findFirst().orElseThrow().disclosure().withdrawal().reason();
            assertThat(reason).doesNotContain("Timmermans").contains("[cliënt 2026-010]");
            assertThat(store.verify()).isEmpty();
        }
    }

    @Test
    void aFailureInTheTransactionLeavesEverythingAsItWas() throws Exception {
        try (Store store = TestVaults.create(dir.resolve("vault"))) {
            EraseFixture.fill(store, true);
            String textsBefore = EraseFixture.textsOfB(store);
            var decisionsBefore = store.suspects().forMeeting(MEETING);
            int auditBefore = store.audit().entries().size();

            assertThatThrownBy(() -> store.transaction(s -> {
                CaseEraser.Erasure e = CaseEraser.erase(s, List.of(A));
                assertThat(e.total().texts()).isEqualTo(6); // it did find and rewrite them inside the transaction
                assertThat(EraseFixture.textsOfB(s)).doesNotContain("Timmermans");
                s.audit().append(AuditLog.Action.PURGE, A, "retention" + e.perCase().get(A).auditDetail());
                throw new IllegalStateException("disk full");
            })).hasMessageContaining("disk full");

            assertThat(store.cases().exists(A)).isTrue();
            assertThat(EraseFixture.textsOfB(store)).isEqualTo(textsBefore);
            assertThat(store.suspects().forMeeting(MEETING)).isEqualTo(decisionsBefore);
            assertThat(store.audit().entries()).hasSize(auditBefore);
            assertThat(store.verify()).isEmpty();
            // the purge after it still works
            assertThat(new RetentionService(store).purge(new RetentionService(store).due(AS_OF)).cases()).containsExactly(A);
            assertThat(EraseFixture.textsOfB(store)).doesNotContain("Timmermans");
        }
    }

    @Test
    void thePreviewCountsWithoutChangingAndAClientNamedNowhereElseLeavesAPlainEntry() throws Exception {
        try (Store store = TestVaults.create(dir.resolve("vault"))) {
            EraseFixture.fill(store, true);
            String textsBefore = EraseFixture.textsOfB(store);
            assertThat(CaseEraser.preview(store, A)).isEqualTo(new CaseEraser.Counts(2, 1, 1, 1, 2, 1, 2));
            assertThat(store.cases().exists(A)).isTrue();
            assertThat(EraseFixture.textsOfB(store)).isEqualTo(textsBefore);
            assertThat(store.suspects().forMeeting(MEETING)).hasSize(3);

            // a client named in no other case: nothing changes but her own record; a number that does not exist is skipped
            store.cases().save(new CaseFile("2026-099", new Client("Wubbolina", null, null, "Quaternaat", List.of(), null,
                    null, null, null, List.of(), null, false), null, LocalDate.of(2026, 11, 1), Phase.MELDING, null, null,
                    null, null, null, null, null, List.of()));
            assertThat(CaseEraser.preview(store, "2026-099")).isEqualTo(CaseEraser.Counts.NONE);
            store.transaction(s -> assertThat(CaseEraser.erase(s, List.of("2026-099", "2099-999")).perCase())
                    .containsExactly(Map.entry("2026-099", CaseEraser.Counts.NONE)));
            assertThat(store.cases().exists("2026-099")).isFalse();
            assertThat(CaseEraser.Counts.NONE.auditDetail()).isEmpty();
            assertThat(EraseFixture.textsOfB(store)).isEqualTo(textsBefore);
        }
    }

    @Test
    void anAmbiguousNameGetsTheEnginesMarkerAndALivingClientsOwnNameStays() throws Exception {
        try (Store store = TestVaults.create(dir.resolve("vault"))) {
            EraseFixture.fill(store, false);
            // Jan Bakker (2026-002) goes; Jan de Vries (2026-001) stays. "Jan" alone could be either.
            store.transaction(s -> CaseEraser.erase(s, List.of("2026-002")));
            String b = EraseFixture.textsOfB(store);
            assertThat(b).contains("dhr. De Vries").contains("[cliënt 2026-001/2026-002]").doesNotContain("Bakker");
        }
    }

    @Test
    void aMarkerNamesACaseOnlyAsAWholeNumber() {
        assertThat(CaseEraser.namesCase("[buurman van cliënt 2026-017]", "2026-017")).isTrue();
        assertThat(CaseEraser.namesCase("[cliënt 2026-016/2026-017]", "2026-017")).isTrue();
        assertThat(CaseEraser.namesCase("[cliënt 2026-0170]", "2026-017")).isFalse();
        assertThat(CaseEraser.namesCase("[persoon]", "2026-017")).isFalse();
    }

    static Set<String> open(Store store) {
        return MinutesSuspects.open(store, MEETING).stream().map(o -> o.caseNumber() + ": " + o.text())
                .collect(Collectors.toSet());
    }

    static String pdfText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
