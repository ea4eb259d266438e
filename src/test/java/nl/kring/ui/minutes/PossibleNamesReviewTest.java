package nl.kring.ui.minutes;

import nl.kring.ui.common.SameThreadExecutor;
import javafx.application.Platform;
import nl.kring.demo.DemoData;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.Meeting;
import nl.kring.domain.MinutesParagraph;
import nl.kring.interchange.Importer;
import nl.kring.pseudonym.Kind;
import nl.kring.pseudonym.Mention;
import nl.kring.pseudonym.IncrementalRecognizer;
import nl.kring.pseudonym.Recognition;
import nl.kring.store.Store;
import nl.kring.store.SuspectDecisionRepository;
import nl.kring.TestVaults;
import nl.kring.audit.AuditLog;
import nl.kring.domain.Relative;
import nl.kring.ui.common.Tasks;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import static nl.kring.ui.FxTestSupport.fx;
import static nl.kring.ui.FxTestSupport.worker;
import static nl.kring.ui.FxTestSupport.onFx;
import static nl.kring.ui.FxTestSupport.startFx;
import static nl.kring.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The possible names in the minutes and the chair's judgements: stored, audited, applied in every output (the minutes
 * keep what was typed, issue 13), and blocking the export while open.
 */
class PossibleNamesReviewTest extends MinutesFixture {
    @Test
    void theDemoMeetingAsksOnlyAboutRealUnknownNamesAndAnOpenOneBlocksTheExport() throws Exception {
        // every text that goes out is checked, the meeting's location ("GGD Rivierstad, zaal 2") too; but what the vault
        // itself knows is no possible name (issue 11): "Rivierstad" of the partners' names, "Dijkveen" of the wijkagent's
        // function "wijkagent Dijkveen"; terms of the field ("Wvggz", "(Wmo)") neither (pseudonym/domain-terms.txt)
        assertThat(fx(() -> vm.names().suspects())).isEmpty();
        assertThat(fx(() -> vm.output().blockedProperty().get())).isEmpty();
        type("2026-006", "Ook buurvrouw Annet Zwart belde over de overlast in Dijkveen.");
        assertThat(fx(() -> vm.names().suspectsOf(item("2026-006")))).extracting(SuspectRow::text)
                .singleElement().asString().contains("Zwart");
        assertThat(fx(() -> vm.output().blockedProperty().get())).isEqualTo("1 mogelijke naam nog niet beoordeeld");

        Path out = dir.resolve("out");
        onFx(() -> {
            vm.output().export(out, f -> { });
            return null;
        });
        assertThat(fx(() -> vm.output().exportingProperty().get())).isFalse();
        assertThat(out).doesNotExist();
    }

    @Test
    void aPossibleNameJudgedTheMelderBecomesMelderStoredAuditedAndStaysJudgedAfterReopening() throws Exception {
        // issue 11: the anonymous neighbour of 2026-008, named in the minutes by a name the case file does not hold
        ParagraphModel p = type("2026-008", "Tineke Hoogervorst belde opnieuw over de stank.");
        int open = fx(() -> vm.names().openSuspectsProperty().get());
        onFx(() -> {
            vm.names().confirmMelder(suspect("Tineke Hoogervorst"));
            return null;
        });
        // the text stays as typed (issue 13): the marker is for output
        assertThat(fx(p::text)).isEqualTo("Tineke Hoogervorst belde opnieuw over de stank.");
        assertThat(fx(() -> p.markers())).containsEntry("Tineke Hoogervorst", "[melder]");
        assertThat(fx(() -> vm.names().openSuspectsProperty().get())).isEqualTo(open - 1);
        SuspectDecisionRepository.Decision d = worker(x -> store.suspects().forMeeting(MEETING)).get("Tineke Hoogervorst");
        assertThat(d.kind()).isEqualTo(SuspectDecisionRepository.Kind.MELDER);
        assertThat(d.replacement()).isEqualTo("[melder]");
        List<AuditLog.Entry> trail = worker(x -> store.audit().entries());
        assertThat(trail.getLast()).satisfies(e -> {
            assertThat(e.action()).isEqualTo("MEETING_CHANGED");
            assertThat(e.detail()).isEqualTo("possible name confirmed as melder");
        });
        // saved and opened again: the vault holds what was typed, and the name is still judged
        onFx(() -> {
            vm.save();
            vm.refresh(MEETING);
            return null;
        });
        assertThat(storedMinutes("2026-008")).contains("Tineke Hoogervorst belde opnieuw over de stank.")
                .noneMatch(t -> t.contains("[melder]"));
        ParagraphModel reopened = fx(() -> item("2026-008").paragraphs().stream()
                .filter(q -> q.text().startsWith("Tineke Hoogervorst belde")).findFirst().orElseThrow());
        assertThat(fx(() -> !reopened.pendingProperty().get() && vm.names().suspects().stream()
                .noneMatch(s -> s.text().equals("Tineke Hoogervorst")))).isTrue();
        // the judgement taken back: open again, here and in the vault
        onFx(() -> {
            vm.names().undecide("Tineke Hoogervorst");
            return null;
        });
        assertThat(fx(() -> vm.names().suspects().stream().anyMatch(s -> s.text().equals("Tineke Hoogervorst")))).isTrue();
        assertThat(fx(() -> vm.output().blockedProperty().get())).isNotEmpty();
        Map<String, SuspectDecisionRepository.Decision> after = worker(x -> store.suspects().forMeeting(MEETING));
        assertThat(after).doesNotContainKey("Tineke Hoogervorst");
    }

    /** The texts of an item's minutes as the vault holds them. */
    private List<String> storedMinutes(String caseNumber) throws Exception {
        return worker(x -> store.meetings().find(MEETING).orElseThrow().items().stream()
                .filter(i -> i.caseNumber().equals(caseNumber)).flatMap(i -> i.minutes().stream())
                .map(MinutesParagraph::text).toList());
    }

    @Test
    void dismissingAndConfirmingAreStoredAndClearTheBlock() throws Exception {
        ParagraphModel p = type("2026-010", "De buurman, dhr. Henk Verweij, belde opnieuw. Ook buurvrouw Annet Zwart maakt zich zorgen.");
        assertThat(fx(() -> vm.names().suspects().stream().map(SuspectRow::text).toList()))
                .contains("dhr. Henk Verweij", "Annet Zwart");

        onFx(() -> {
            vm.names().confirmPerson(suspect("dhr. Henk Verweij"));
            return null;
        });
        assertThat(fx(p::text)).isEqualTo("De buurman, dhr. Henk Verweij, belde opnieuw. Ook buurvrouw Annet Zwart maakt zich zorgen.");
        onFx(() -> {
            vm.names().confirmRelative(suspect("Annet Zwart"), "2026-010", "buurvrouw", true);
            return null;
        });
        // the relative is added to the case; the recogniser is rebuilt and now marks her as a relative
        assertThat(fx(() -> !vm.busyProperty().get() && !p.pendingProperty().get() && p.recognition() != null
                && p.recognition().mentions().stream().anyMatch(m -> m.kind() == Kind.RELATIVE_NAME))).isTrue();
        Recognition r = fx(p::recognition);
        assertThat(r.mentions()).anySatisfy(m -> assertThat(m.marker()).isEqualTo("[buurvrouw van cliënt 2026-010]"));
        assertThat(fx(() -> vm.output().blockedProperty().get().isEmpty())).isTrue();
        assertThat(fx(() -> vm.names().suspects())).isEmpty();

        Map<String, SuspectDecisionRepository.Decision> stored = worker(p2 -> store.suspects().forMeeting(MEETING));
        assertThat(stored).containsOnlyKeys("dhr. Henk Verweij", "Annet Zwart");
        assertThat(stored.get("dhr. Henk Verweij").kind()).isEqualTo(SuspectDecisionRepository.Kind.PERSON);
        assertThat(stored.get("dhr. Henk Verweij").replacement()).isEqualTo("[persoon]");
        assertThat(stored.get("Annet Zwart").kind()).isEqualTo(SuspectDecisionRepository.Kind.RELATIVE);
        List<Relative> relatives = worker(p2 -> store.cases().find("2026-010").orElseThrow().client().relatives());
        assertThat(relatives).anySatisfy(rel -> {
                    assertThat(rel.name()).isEqualTo("Annet Zwart");
                    assertThat(rel.relation()).isEqualTo("buurvrouw");
                });
        // the audit names the meeting date, never a person
        List<AuditLog.Entry> entries = worker(p2 -> store.audit().entries());
        assertThat(entries).filteredOn(e -> e.action().equals("MEETING_CHANGED"))
                .isNotEmpty().allSatisfy(e -> {
                    assertThat(e.subject()).isEqualTo(MEETING.toString());
                    assertThat(e.detail()).doesNotContain("Verweij").doesNotContain("Dijkveen");
                });

        // with everything judged the export runs (unsaved minutes are saved first) and hands over the folder
        Path out = dir.resolve("out");
        AtomicReference<Path> opened = new AtomicReference<>();
        onFx(() -> {
            vm.output().export(out, opened::set);
            return null;
        });
        assertThat(opened.get() != null || fx(() -> vm.messageIsErrorProperty().get())).isTrue();
        assertThat(fx(() -> vm.messageProperty().get())).startsWith("1").contains("bestanden gemaakt in");
        assertThat(opened.get()).isEqualTo(out);
        assertThat(out.resolve("verslag.pdf")).exists();
        assertThat(fx(() -> vm.dirtyProperty().get())).isFalse();
        try (var doc = Loader.loadPDF(out.resolve("verslag.pdf").toFile())) {
            String verslag = new PDFTextStripper().getText(doc);
            assertThat(verslag).contains("De buurman, [persoon], belde").doesNotContain("Verweij").doesNotContain("Annet Zwart");
        }
        // the vault keeps what was typed (issue 13): the marker is only in the output
        assertThat(storedMinutes("2026-010")).anyMatch(t -> t.startsWith("De buurman, dhr. Henk Verweij, belde"))
                .noneMatch(t -> t.contains("[persoon]"));
    }
}
