package nl.kring.report;

import static nl.kring.report.Pdfs.containsWord;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.kring.audit.AuditLog;
import nl.kring.service.MeetingService;
import nl.kring.store.Store;
import nl.kring.store.SuspectDecisionRepository;

/**
 * The chair judges a possible name to be the melder (issue 11): the anonymous neighbour of 2026-008 is named in the
 * minutes by a name the case file does not hold. Read as the housing corporation (in the kring of 2026-008) and as the
 * client in the inzage copy: the name is {@code [melder]}, never {@code [persoon]} (which would tell the client it was
 * someone else) and never the name.
 */
class MelderJudgementExportTest {
    static final LocalDate MEETING = DemoMinutesWith.MEETING;
    static final String SAID = "Tineke Hoogervorst van nummer 12 belde opnieuw over de stank in het portiek.";

    @TempDir
    static Path dir;
    static String partner;
    static String verslag;
    static String inzage;
    static List<AuditLog.Entry> audit;
    static SuspectDecisionRepository.Decision stored;

    @BeforeAll
    static void judgeAndExport() throws Exception {
        try (Store store = DemoMinutesWith.create(dir.resolve("v"), "2026-008"::equals, SAID)) {
            MeetingService meetings = new MeetingService(store);
            String text = DemoMinutesWith.possibleName(store, "Hoogervorst");
            // a replacement other than [melder] given by a caller is not what a melder judgement stores
            meetings.judgePossibleName(MEETING, text, SuspectDecisionRepository.Kind.MELDER, "[persoon]",
                    "confirmed as melder");
            stored = store.suspects().forMeeting(MEETING).get(SuspectDecisionRepository.key(text));
            JudgedMinutes.dismissAll(store, MEETING);
            store.session().markWritten();
            Path out = dir.resolve("out");
            ExportService.exportMeeting(store, MEETING, out, Map.of(), ProgressListener.NONE);
            partner = Pdfs.flat(Pdfs.text(out.resolve("woco-dak.pdf")));
            verslag = Pdfs.flat(Pdfs.text(out.resolve("verslag.pdf")));
            inzage = Pdfs.flat(Pdfs.text(ExportService.inzage(store, "2026-008", dir.resolve("inzage.pdf"))));
            audit = store.audit().entries();
        }
    }

    @Test
    void theJudgementIsStoredAsMelder() {
        assertThat(stored.kind()).isEqualTo(SuspectDecisionRepository.Kind.MELDER);
        assertThat(stored.replacement()).isEqualTo("[melder]");
    }

    @Test
    void thePartnerReportReadsMelder() {
        assertThat(partner).contains("[melder] van nummer 12 belde opnieuw");
        assertThat(containsWord(partner, "Hoogervorst")).isFalse();
        assertThat(containsWord(partner, "Tineke")).isFalse();
        assertThat(verslag).contains("[melder] van nummer 12 belde opnieuw").doesNotContain("Hoogervorst");
    }

    @Test
    void theInzageCopyReadsMelderNotPersoon() {
        assertThat(inzage).contains("[melder] van nummer 12 belde opnieuw").doesNotContain("[persoon] van nummer 12");
        assertThat(containsWord(inzage, "Hoogervorst")).isFalse();
        assertThat(containsWord(inzage, "Tineke")).isFalse();
    }

    @Test
    void theAuditSaysAMelderWasJudgedWithoutTheName() {
        assertThat(audit).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("MEETING_CHANGED");
            assertThat(e.detail()).isEqualTo("possible name confirmed as melder");
            assertThat(AuditWords.of(List.of()).detail(e.action(), e.detail())).isEqualTo("mogelijke naam beoordeeld: de melder");
        });
        assertThat(audit).noneSatisfy(e -> assertThat(String.valueOf(e.detail())).contains("Hoogervorst"));
    }
}
