package nl.kring.ui.minutes;

import nl.kring.audit.AuditLog;
import nl.kring.report.AuditWords;
import nl.kring.report.ExportService;
import nl.kring.report.ProgressListener;
import nl.kring.service.Services;
import nl.kring.store.SuspectDecisionRepository;
import nl.kring.ui.common.SameThreadExecutor;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static nl.kring.ui.FxTestSupport.fx;
import static nl.kring.ui.FxTestSupport.onFx;
import static nl.kring.ui.FxTestSupport.worker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 13: a judgement of a possible name can be taken back later, not only by Ctrl+Z right after it. The minutes
 * editor lists every judgement of the meeting; "Terugnemen" opens the name again (listed, counted, its paragraph no
 * longer marks it as judged, the export refused until it is judged anew), takes it out of the vault and audits that in
 * content-free words. A second editor of the same minutes (the meeting room's notes) reads the judgements again when
 * told, so a judgement made in one is applied in the other.
 */
class JudgementTakenBackTest extends MinutesFixture {
    static final String TYPED = "De buurman, dhr. Henk Verweij, belde opnieuw over de overlast.";
    static final String NAME = "dhr. Henk Verweij";

    @Test
    void aJudgementTakenBackAfterTypingOnIsOpenAgainEverywhereAndTheExportWaitsUntilItIsJudgedAgain() throws Exception {
        ParagraphModel p = type("2026-010", TYPED);
        int open = fx(() -> vm.names().openSuspectsProperty().get());
        onFx(() -> {
            vm.names().confirmPerson(suspect(NAME));
            return null;
        });
        assertThat(fx(() -> vm.names().judged())).containsExactly(
                new JudgedRow(NAME, SuspectDecisionRepository.Kind.PERSON, "[persoon]"));
        assertThat(fx(() -> vm.names().openSuspectsProperty().get())).isEqualTo(open - 1);
        assertThat(fx(() -> p.markers())).containsEntry(NAME, "[persoon]");
        // the chair types on: Ctrl+Z would now undo the typing, not the judgement
        onFx(() -> {
            p.textProperty().set(TYPED + " Hij komt volgende week terug.");
            return null;
        });
        assertThat(fx(() -> vm.names().undoLast())).isFalse();
        assertThat(fx(() -> vm.output().blockedProperty().get())).isEmpty();
        int entries = worker(x -> store.audit().entries().size());

        // later: taken back from the list of judged names
        onFx(() -> {
            vm.names().takeBack(vm.names().judged().getFirst());
            return null;
        });
        assertThat(fx(() -> vm.names().judged())).isEmpty();
        assertThat(fx(() -> vm.names().suspects())).extracting(SuspectRow::text).contains(NAME);
        assertThat(fx(() -> vm.names().openSuspectsProperty().get())).isEqualTo(open);
        assertThat(fx(() -> p.markers())).doesNotContainKey(NAME);
        assertThat(fx(() -> p.judged())).doesNotContain(NAME);
        assertThat(fx(() -> vm.output().blockedProperty().get())).isEqualTo("1 mogelijke naam nog niet beoordeeld");
        // stored as a judgement is: out of the vault, one audit entry in content-free words
        Map<String, SuspectDecisionRepository.Decision> stored = worker(x -> store.suspects().forMeeting(MEETING));
        assertThat(stored).doesNotContainKey(NAME);
        List<AuditLog.Entry> trail = worker(x -> store.audit().entries());
        assertThat(trail).hasSize(entries + 1);
        assertThat(trail.getLast()).satisfies(e -> {
            assertThat(e.action()).isEqualTo("MEETING_CHANGED");
            assertThat(e.subject()).isEqualTo(MEETING.toString());
            assertThat(AuditWords.of(List.of()).detail(e.action(), e.detail()))
                    .isEqualTo("oordeel over een mogelijke naam ingetrokken");
        });
        // the outputs no longer apply it: the editor's export and the service's refuse, nothing is written
        Path out = dir.resolve("out");
        onFx(() -> {
            vm.output().export(out, f -> { });
            return null;
        });
        assertThat(out).doesNotExist();
        onFx(() -> {
            vm.save();
            return null;
        });
        assertThatThrownBy(() -> worker(x -> ExportService.exportMeeting(store, MEETING, dir.resolve("cli"), Map.of(),
                ProgressListener.NONE))).isInstanceOf(ExportService.OpenPossibleNames.class);
        assertThat(dir.resolve("cli")).doesNotExist();

        // judged again ([persoon]): the export runs and the verslag reads the marker
        onFx(() -> {
            vm.names().confirmPerson(suspect(NAME));
            vm.output().export(out, f -> { });
            return null;
        });
        assertThat(out.resolve("verslag.pdf")).exists();
        try (var doc = Loader.loadPDF(out.resolve("verslag.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("De buurman, [persoon], belde").doesNotContain("Verweij");
        }
    }

    @Test
    void aJudgementMadeInOneEditorIsAppliedInTheOtherOfTheSameMinutesWhenItIsTold() throws Exception {
        ParagraphModel p = type("2026-010", TYPED);
        onFx(() -> {
            vm.save();
            return null;
        });
        // the meeting room's notes on the same minutes
        MinutesViewModel notes = onFx(() -> new MinutesViewModel(new SameThreadExecutor(),
                LiveRecognition.Runner.sameThread(), new Services(store), () -> MEETING));
        try {
            onFx(() -> {
                notes.refresh(MEETING);
                return null;
            });
            assertThat(fx(() -> notes.names().suspects())).extracting(SuspectRow::text).contains(NAME);
            List<LocalDate> told = new ArrayList<>();
            onFx(() -> {
                vm.setOnJudged(told::add);
                vm.names().confirmPerson(suspect(NAME));
                return null;
            });
            assertThat(told).containsExactly(MEETING);
            onFx(() -> {
                notes.judgedElsewhere(MEETING);
                return null;
            });
            assertThat(fx(() -> notes.names().suspects())).extracting(SuspectRow::text).doesNotContain(NAME);
            assertThat(fx(() -> notes.names().judged())).extracting(JudgedRow::text).containsExactly(NAME);
            ParagraphModel there = fx(() -> notes.items().stream().filter(i -> i.caseNumber().equals("2026-010"))
                    .flatMap(i -> i.paragraphs().stream()).filter(q -> q.text().equals(TYPED)).findFirst().orElseThrow());
            assertThat(fx(() -> there.markers())).containsEntry(NAME, "[persoon]");

            // taken back in the notes: the minutes screen, told, opens it again
            onFx(() -> {
                notes.names().takeBack(notes.names().judged().getFirst());
                vm.judgedElsewhere(MEETING);
                return null;
            });
            assertThat(told).containsExactly(MEETING);
            assertThat(fx(() -> vm.names().suspects())).extracting(SuspectRow::text).contains(NAME);
            assertThat(fx(() -> p.markers())).doesNotContainKey(NAME);
        } finally {
            onFx(() -> {
                notes.close();
                return null;
            });
        }
    }
}
