package nl.kring.ui.minutes;

import nl.kring.ui.common.SameThreadExecutor;
import javafx.application.Platform;
import nl.kring.demo.DemoData;
import nl.kring.domain.AgendaItem;
import nl.kring.domain.Meeting;
import nl.kring.interchange.Importer;
import nl.kring.pseudonym.Kind;
import nl.kring.pseudonym.Mention;
import nl.kring.pseudonym.IncrementalRecognizer;
import nl.kring.pseudonym.Recognition;
import nl.kring.store.Store;
import nl.kring.store.SuspectDecisionRepository;
import nl.kring.TestVaults;
import nl.kring.ui.common.Tasks;
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

import static nl.kring.ui.FxTestSupport.onFx;
import static nl.kring.ui.FxTestSupport.startFx;
import static nl.kring.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The minutes editor's view model on a real vault with the demo data. */
class MinutesViewModelTest {
    static final LocalDate MEETING = LocalDate.of(2026, 11, 26);

    @TempDir
    Path dir;
    Store store;
    MinutesViewModel vm;

    @BeforeAll
    static void fx() throws InterruptedException {
        startFx();
    }

    @BeforeEach
    void open() throws Exception {
        store = TestVaults.create(dir.resolve("vault"));
        Importer.store(store, DemoData.demoData());
        openWith(LiveRecognition.Runner.sameThread());
        // Same-thread executor and recognition: the meeting is loaded and every paragraph recognised on return.
        assertThat(fx(() -> vm.items().size() == 7 && vm.pendingParagraphsProperty().get() == 0 && !vm.busyProperty().get()))
                .isTrue();
    }

    private void openWith(LiveRecognition.Runner recognition) throws Exception {
        vm = onFx(() -> new MinutesViewModel(new SameThreadExecutor(), recognition, new nl.kring.service.Services(store), () -> MEETING));
        onFx(() -> {
            vm.refresh(MEETING);
            return null;
        });
    }

    @AfterEach
    void close() throws Exception {
        onFx(() -> {
            vm.close();
            return null;
        });
        worker(x -> {
            store.close();
            return null;
        });
    }

    static <T> T fx(Callable<T> c) {
        try {
            return Platform.isFxApplicationThread() ? c.call() : onFx(c);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Store work of the test itself; the ViewModels' work has finished when their calls return (same-thread executor). */
    static <T> T worker(Tasks.Work<T> work) throws Exception {
        return work.run((fraction, message) -> { });
    }

    ItemModel item(String number) {
        return fx(() -> vm.items().stream().filter(i -> i.caseNumber().equals(number)).findFirst().orElseThrow());
    }

    ParagraphModel type(String number, String text) throws Exception {
        ItemModel item = item(number);
        ParagraphModel p = onFx(() -> vm.addParagraph(item, null));
        onFx(() -> {
            p.textProperty().set(text);
            return null;
        });
        assertThat(fx(() -> !p.pendingProperty().get() && p.recognition() != null && p.recognition().text().equals(text))).isTrue();
        return p;
    }

    SuspectRow suspect(String text) {
        return fx(() -> vm.suspects().stream().filter(s -> s.text().equals(text)).findFirst().orElseThrow());
    }

    @Test
    void typingAClientsNameMarksIt() throws Exception {
        String text = "Gesprek met mevrouw De Vries over de huur; haar zoon Peter was erbij.";
        ParagraphModel p = type("2026-001", text);
        List<Mention> mentions = p.recognition().mentions();
        assertThat(mentions).anySatisfy(m -> {
            assertThat(text.substring(m.start(), m.end())).isEqualTo("mevrouw De Vries");
            assertThat(m.kind()).isEqualTo(Kind.CLIENT_NAME);
            assertThat(m.caseNumbers()).containsExactly("2026-001");
        });
        assertThat(mentions).anySatisfy(m -> assertThat(m.marker()).isEqualTo("[zoon van cliënt 2026-001]"));
        // a later keystroke replaces the marks; a stale result is never shown
        onFx(() -> {
            p.textProperty().set(text + " Jan");
            return null;
        });
        assertThat(fx(() -> !p.pendingProperty().get() && p.recognition().text().endsWith(" Jan"))).isTrue();
        assertThat(p.recognition().mentions()).hasSize(mentions.size() + 1);
        assertThat(fx(() -> vm.dirtyProperty().get())).isTrue();
    }

    @Test
    void theDemoMeetingAsksOnlyAboutRealUnknownNamesAndAnOpenOneBlocksTheExport() throws Exception {
        // every text that goes out is checked, the meeting's location ("GGD Rivierstad, zaal 2") too; but what the vault
        // itself knows is no possible name (issue 11): "Rivierstad" of the partners' names, "Dijkveen" of the wijkagent's
        // function "wijkagent Dijkveen"; terms of the field ("Wvggz", "(Wmo)") neither (pseudonym/domain-terms.txt)
        assertThat(fx(() -> vm.suspects())).isEmpty();
        assertThat(fx(() -> vm.exportBlockedProperty().get())).isEmpty();
        type("2026-006", "Ook buurvrouw Annet Zwart belde over de overlast in Dijkveen.");
        assertThat(fx(() -> vm.suspectsOf(item("2026-006")))).extracting(SuspectRow::text)
                .singleElement().asString().contains("Zwart");
        assertThat(fx(() -> vm.exportBlockedProperty().get())).isEqualTo("1 mogelijke naam nog niet beoordeeld");

        Path out = dir.resolve("out");
        onFx(() -> {
            vm.export(out, f -> { });
            return null;
        });
        assertThat(fx(() -> vm.exportingProperty().get())).isFalse();
        assertThat(out).doesNotExist();
    }

    @Test
    void theRoosterAndTheVerslagArePreviewedAsTheExportWritesThem() throws Exception {
        // issue 11: every file of the export can be seen before it leaves
        AtomicReference<List<byte[]>> rooster = new AtomicReference<>();
        AtomicReference<List<byte[]>> verslag = new AtomicReference<>();
        onFx(() -> {
            vm.previewDocument(MinutesViewModel.Document.ROOSTER, rooster::set);
            vm.previewDocument(MinutesViewModel.Document.VERSLAG, verslag::set);
            return null;
        });
        assertThat(rooster.get()).isNotEmpty();
        assertThat(verslag.get()).isNotEmpty();
        nl.kring.report.JudgedMinutes.dismissAll(store, MEETING);
        Path out = dir.resolve("out");
        nl.kring.report.ExportService.exportMeeting(store, MEETING, out, Map.of(), nl.kring.report.ProgressListener.NONE);
        try (var r = org.apache.pdfbox.Loader.loadPDF(out.resolve("rooster.pdf").toFile());
             var v = org.apache.pdfbox.Loader.loadPDF(out.resolve("verslag.pdf").toFile())) {
            assertThat(rooster.get()).hasSize(r.getNumberOfPages());
            assertThat(verslag.get()).hasSize(v.getNumberOfPages());
        }
    }

    @Test
    void aPossibleNameJudgedTheMelderBecomesMelderStoredAuditedAndStaysJudgedAfterReopening() throws Exception {
        // issue 11: the anonymous neighbour of 2026-008, named in the minutes by a name the case file does not hold
        ParagraphModel p = type("2026-008", "Tineke Hoogervorst belde opnieuw over de stank.");
        int open = fx(() -> vm.openSuspectsProperty().get());
        onFx(() -> {
            vm.confirmMelder(suspect("Tineke Hoogervorst"));
            return null;
        });
        assertThat(fx(p::text)).isEqualTo("[melder] belde opnieuw over de stank.");
        assertThat(fx(() -> vm.openSuspectsProperty().get())).isEqualTo(open - 1);
        SuspectDecisionRepository.Decision d = worker(x -> store.suspects().forMeeting(MEETING)).get("Tineke Hoogervorst");
        assertThat(d.kind()).isEqualTo(SuspectDecisionRepository.Kind.MELDER);
        assertThat(d.replacement()).isEqualTo("[melder]");
        List<nl.kring.audit.AuditLog.Entry> trail = worker(x -> store.audit().entries());
        assertThat(trail.getLast()).satisfies(e -> {
            assertThat(e.action()).isEqualTo("MEETING_CHANGED");
            assertThat(e.detail()).isEqualTo("possible name confirmed as melder");
        });
        // saved and opened again: the name typed back (undo, or by hand) is open again, as a [persoon] judgement is
        onFx(() -> {
            vm.save();
            vm.refresh(MEETING);
            return null;
        });
        ParagraphModel reopened = fx(() -> item("2026-008").paragraphs().stream()
                .filter(q -> q.text().startsWith("[melder] belde")).findFirst().orElseThrow());
        onFx(() -> {
            reopened.textProperty().set("Tineke Hoogervorst belde opnieuw over de stank.");
            return null;
        });
        assertThat(fx(() -> !reopened.pendingProperty().get() && vm.suspects().stream()
                .anyMatch(s -> s.text().equals("Tineke Hoogervorst")))).isTrue();
    }

    @Test
    void dismissingAndConfirmingAreStoredAndClearTheBlock() throws Exception {
        ParagraphModel p = type("2026-010", "De buurman, dhr. Henk Verweij, belde opnieuw. Ook buurvrouw Annet Zwart maakt zich zorgen.");
        assertThat(fx(() -> vm.suspects().stream().map(SuspectRow::text).toList()))
                .contains("dhr. Henk Verweij", "Annet Zwart");

        onFx(() -> {
            vm.confirmPerson(suspect("dhr. Henk Verweij"));
            return null;
        });
        assertThat(fx(p::text)).contains("De buurman, [persoon], belde").doesNotContain("Verweij");
        onFx(() -> {
            vm.confirmRelative(suspect("Annet Zwart"), "2026-010", "buurvrouw", true);
            return null;
        });
        // the relative is added to the case; the recogniser is rebuilt and now marks her as a relative
        assertThat(fx(() -> !vm.busyProperty().get() && !p.pendingProperty().get() && p.recognition() != null
                && p.recognition().mentions().stream().anyMatch(m -> m.kind() == Kind.RELATIVE_NAME))).isTrue();
        Recognition r = fx(p::recognition);
        assertThat(r.mentions()).anySatisfy(m -> assertThat(m.marker()).isEqualTo("[buurvrouw van cliënt 2026-010]"));
        assertThat(fx(() -> vm.exportBlockedProperty().get().isEmpty())).isTrue();
        assertThat(fx(() -> vm.suspects())).isEmpty();

        Map<String, SuspectDecisionRepository.Decision> stored = worker(p2 -> store.suspects().forMeeting(MEETING));
        assertThat(stored).containsOnlyKeys("dhr. Henk Verweij", "Annet Zwart");
        assertThat(stored.get("dhr. Henk Verweij").kind()).isEqualTo(SuspectDecisionRepository.Kind.PERSON);
        assertThat(stored.get("dhr. Henk Verweij").replacement()).isEqualTo("[persoon]");
        assertThat(stored.get("Annet Zwart").kind()).isEqualTo(SuspectDecisionRepository.Kind.RELATIVE);
        List<nl.kring.domain.Relative> relatives = worker(p2 -> store.cases().find("2026-010").orElseThrow().client().relatives());
        assertThat(relatives).anySatisfy(rel -> {
                    assertThat(rel.name()).isEqualTo("Annet Zwart");
                    assertThat(rel.relation()).isEqualTo("buurvrouw");
                });
        // the audit names the meeting date, never a person
        List<nl.kring.audit.AuditLog.Entry> entries = worker(p2 -> store.audit().entries());
        assertThat(entries).filteredOn(e -> e.action().equals("MEETING_CHANGED"))
                .isNotEmpty().allSatisfy(e -> {
                    assertThat(e.subject()).isEqualTo(MEETING.toString());
                    assertThat(e.detail()).doesNotContain("Verweij").doesNotContain("Dijkveen");
                });

        // with everything judged the export runs (unsaved minutes are saved first) and hands over the folder
        Path out = dir.resolve("out");
        AtomicReference<Path> opened = new AtomicReference<>();
        onFx(() -> {
            vm.export(out, opened::set);
            return null;
        });
        assertThat(opened.get() != null || fx(() -> vm.messageIsErrorProperty().get())).isTrue();
        assertThat(fx(() -> vm.messageProperty().get())).startsWith("1").contains("bestanden gemaakt in");
        assertThat(opened.get()).isEqualTo(out);
        assertThat(out.resolve("verslag.pdf")).exists();
        assertThat(fx(() -> vm.dirtyProperty().get())).isFalse();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(out.resolve("verslag.pdf").toFile())) {
            String verslag = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(verslag).contains("[persoon]").doesNotContain("Verweij").doesNotContain("Annet Zwart");
        }
    }

    @Test
    void theReportsAreNeverWrittenIntoTheVaultFolder() throws Exception {
        for (SuspectRow s : fx(() -> List.copyOf(vm.suspects()))) {
            onFx(() -> {
                vm.dismiss(s);
                return null;
            });
        }
        assertThat(fx(() -> vm.exportBlockedProperty().get().isEmpty() && !vm.busyProperty().get())).isTrue();
        Path inside = dir.resolve("vault").resolve("verslagen");
        AtomicReference<Path> opened = new AtomicReference<>();
        onFx(() -> {
            vm.export(inside, opened::set);
            return null;
        });
        assertThat(fx(() -> vm.messageIsErrorProperty().get() && !vm.busyProperty().get())).isTrue();
        assertThat(fx(() -> vm.messageProperty().get())).startsWith("De verslagen kunnen daar niet worden opgeslagen");
        assertThat(opened.get()).isNull();
        assertThat(inside).doesNotExist();
    }

    @Test
    void exportProtectsTheChosenPartnersReportsWithAes256() throws Exception {
        // judge every possible name so the export may run
        for (SuspectRow s : fx(() -> List.copyOf(vm.suspects()))) {
            onFx(() -> {
                vm.dismiss(s);
                return null;
            });
        }
        assertThat(fx(() -> vm.exportBlockedProperty().get().isEmpty() && !vm.busyProperty().get())).isTrue();
        List<nl.kring.domain.Partner> recipients = fx(() -> vm.reportRecipients());
        assertThat(recipients).hasSizeGreaterThan(1);
        String protectedId = recipients.getFirst().id();
        String openId = recipients.get(1).id();
        String password = nl.kring.report.ReportPasswords.generate(new java.security.SecureRandom());

        Path out = dir.resolve("protected");
        AtomicReference<Path> opened = new AtomicReference<>();
        onFx(() -> {
            vm.export(out, Map.of(protectedId, password), opened::set);
            return null;
        });
        assertThat(opened.get() != null || fx(() -> vm.messageIsErrorProperty().get())).isTrue();
        assertThat(fx(() -> vm.messageProperty().get())).contains("1 daarvan met wachtwoord");

        // the chosen partner's report does not open without the password, and is AES-256
        assertThat(out.resolve(protectedId + ".pdf")).exists();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> org.apache.pdfbox.Loader.loadPDF(out.resolve(protectedId + ".pdf").toFile()))
                .isInstanceOf(org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException.class);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(out.resolve(protectedId + ".pdf").toFile(), password)) {
            assertThat(doc.isEncrypted()).isTrue();
            assertThat(doc.getEncryption().getLength()).isEqualTo(256);
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("VERTROUWELIJK");
        }
        // another partner's report and the chair's archive copy stay unprotected
        try (var doc = org.apache.pdfbox.Loader.loadPDF(out.resolve(openId + ".pdf").toFile())) {
            assertThat(doc.isEncrypted()).isFalse();
        }
        try (var doc = org.apache.pdfbox.Loader.loadPDF(out.resolve("verslag.pdf").toFile())) {
            assertThat(doc.isEncrypted()).isFalse();
        }
        // the password is in no audit entry; the audit says which file was protected
        List<nl.kring.audit.AuditLog.Entry> entries = worker(p -> store.audit().entries());
        assertThat(entries).noneSatisfy(e -> assertThat(e.detail()).contains(password));
        assertThat(entries).anySatisfy(e -> assertThat(e.detail()).startsWith(protectedId + ".pdf").endsWith("(AES-256)"));
    }

    @Test
    void savingKeepsTheAgendaTheDisclosuresAndTheSuspectDecisions() throws Exception {
        Meeting before = worker(p -> store.meetings().find(MEETING).orElseThrow());
        type("2026-006", "Ook buurvrouw Annet Zwart belde.");
        SuspectRow stranger = fx(() -> vm.suspects().stream().filter(s -> s.text().contains("Zwart")).findFirst().orElseThrow());
        onFx(() -> {
            vm.dismiss(stranger);
            return null;
        });
        ParagraphModel p = type("2026-003", "Mw. Özdemir wil met de wijkagent praten.");
        ItemModel item = item("2026-003");
        DecisionModel d = onFx(() -> vm.addDecision(item));
        onFx(() -> {
            vm.moveParagraph(item, p, -1); // now the third-last paragraph: order matters
            d.actionProperty().set("Huisbezoek met de wijkagent plannen");
            d.ownerProperty().set("ggz-stroomland");
            d.dueProperty().set("01-12-2026");
            return null;
        });
        assertThat(fx(() -> vm.isValid())).isTrue();
        onFx(() -> {
            vm.save();
            return null;
        });
        assertThat(fx(() -> !vm.dirtyProperty().get() && !vm.busyProperty().get())).isTrue();
        Meeting after = worker(x -> store.meetings().find(MEETING).orElseThrow());
        assertThat(after.items()).extracting(AgendaItem::caseNumber)
                .containsExactlyElementsOf(before.items().stream().map(AgendaItem::caseNumber).toList());
        for (int i = 0; i < before.items().size(); i++) {
            assertThat(after.items().get(i).disclosures()).isEqualTo(before.items().get(i).disclosures());
            assertThat(after.items().get(i).durationMinutes()).isEqualTo(before.items().get(i).durationMinutes());
        }
        assertThat(after.items().stream().mapToInt(i -> i.disclosures().size()).sum()).isEqualTo(1);
        AgendaItem changed = after.items().stream().filter(i -> i.caseNumber().equals("2026-003")).findFirst().orElseThrow();
        int n = changed.minutes().size();
        assertThat(changed.minutes().get(n - 2).text()).isEqualTo("Mw. Özdemir wil met de wijkagent praten.");
        assertThat(changed.decisions()).last().satisfies(dec -> {
            assertThat(dec.owner()).isEqualTo("ggz-stroomland");
            assertThat(dec.due()).isEqualTo(LocalDate.of(2026, 12, 1));
        });
        assertThat(after.location()).isEqualTo(before.location());
        assertThat(after.present()).isEqualTo(before.present());
        Map<String, SuspectDecisionRepository.Decision> kept = worker(x -> store.suspects().forMeeting(MEETING));
        assertThat(kept).containsKey(stranger.text());
        List<nl.kring.audit.AuditLog.Entry> entries = worker(x -> store.audit().entries());
        assertThat(entries.getLast()).satisfies(e -> {
            assertThat(e.action()).isEqualTo("MEETING_CHANGED");
            assertThat(e.subject()).isEqualTo("2026-11-26");
        });
    }

    @Test
    void aDecisionMayNotBeDueBeforeTheMeeting() throws Exception {
        ItemModel item = item("2026-001");
        DecisionModel d = onFx(() -> vm.addDecision(item));
        onFx(() -> {
            d.actionProperty().set("Bellen");
            d.dueProperty().set("20-11-2026");
            return null;
        });
        assertThat(fx(() -> vm.isValid())).isFalse();
        assertThat(fx(() -> vm.blockingMessages())).anySatisfy(m -> assertThat(m).contains("vóór de vergadering"));
        assertThat(fx(() -> vm.exportBlockedProperty().get())).isNotEmpty();
        onFx(() -> {
            d.dueProperty().set("26-11-2026");
            return null;
        });
        assertThat(fx(() -> vm.isValid())).isTrue();
    }

    @Test
    void fiveMegabytesPastedAreRecognisedInTheBackgroundWithProgressAndSavedWhole() throws Exception {
        StringBuilder sb = new StringBuilder(5_100_000);
        String[] lines = {
                "Stand van zaken: dhr. De Vries is bezocht door M. Bos; de huurachterstand loopt op.",
                "Zijn broer Kees belt wekelijks en maakt zich zorgen over de wond aan het been.",
                "Volgens de buren is de woning aan de Kerkstraat nog steeds vervuild.",
                ""};
        int i = 0;
        while (sb.length() < 5_000_000) {
            String line = lines[i % lines.length];
            // every line different, as in real text (identical chunks would be recognised once)
            sb.append(line.isEmpty() ? "" : line + " Notitie " + Integer.toString(i, 36) + ".").append('\n');
            i++;
        }
        String big = sb.toString();
        // This test is about the recognition's own thread (the FX thread keeps answering meanwhile): the editor as in
        // the application, so here the test waits for the recognition.
        onFx(() -> {
            vm.close();
            return null;
        });
        openWith(LiveRecognition.Runner.ownThread());
        waitUntil(30, () -> fx(() -> vm.items().size() == 7 && vm.pendingParagraphsProperty().get() == 0 && !vm.busyProperty().get()));
        ItemModel item = item("2026-001");
        ParagraphModel p = onFx(() -> vm.addParagraph(item, null));
        waitUntil(30, () -> fx(() -> !p.pendingProperty().get()));
        // the FX thread must keep answering while the paste is recognised
        long[] worstGap = {0};
        AtomicReference<Boolean> done = new AtomicReference<>(false);
        List<Double> progress = new java.util.concurrent.CopyOnWriteArrayList<>();
        onFx(() -> {
            p.progressProperty().addListener((o, a, b) -> progress.add(b.doubleValue()));
            p.textProperty().set(big);
            return null;
        });
        long last = System.nanoTime();
        while (!done.get()) {
            long t0 = System.nanoTime();
            done.set(onFx(() -> !p.pendingProperty().get()));
            long gap = (System.nanoTime() - t0) / 1_000_000;
            worstGap[0] = Math.max(worstGap[0], gap);
            if (System.nanoTime() - last > 60_000_000_000L) {
                throw new AssertionError("recognition of 5 MB did not finish within a minute");
            }
            Thread.sleep(20);
        }
        System.out.printf("5 MB paste: recognised in %.0f ms; longest FX-thread answer meanwhile %d ms; %d progress steps%n",
                p.lastLatencyMillis(), worstGap[0], progress.size());
        // the FX thread's answer time is printed above, not asserted: tests never fail on timing
        assertThat(progress).anySatisfy(f -> assertThat(f).isBetween(0.05, 0.95));
        assertThat(p.lastLatencyMillis()).as("debounced").isGreaterThanOrEqualTo(LiveRecognition.DEBOUNCE_MS);
        assertThat(p.recognition().text()).hasSize(big.length());
        assertThat(p.recognition().mentions().size()).isGreaterThan(30_000);
        assertThat(fx(() -> vm.messageProperty().get())).contains("MB").contains("doorwerken");

        onFx(() -> {
            vm.save();
            return null;
        });
        assertThat(fx(() -> !vm.dirtyProperty().get() && !vm.busyProperty().get())).isTrue();
        Meeting after = worker(x -> store.meetings().find(MEETING).orElseThrow());
        String stored = after.items().stream().filter(it -> it.caseNumber().equals("2026-001")).findFirst().orElseThrow()
                .minutes().getLast().text();
        assertThat(stored).hasSize(big.length()).isEqualTo(big);
    }

    @Test
    void chunkedRecognitionEqualsWholeTextRecognition() throws Exception {
        var recognizer = worker(x -> MinutesViewModel.load(new nl.kring.service.Services(store), MEETING)).recognizer();
        StringBuilder sb = new StringBuilder();
        for (var it : worker(x -> store.meetings().find(LocalDate.of(2026, 11, 12)).orElseThrow()).items()) {
            for (var para : it.minutes()) {
                sb.append(para.text()).append(' ');
            }
        }
        String text = sb.toString().repeat(3);
        assertThat(IncrementalRecognizer.chunks(text).size()).isGreaterThan(5);
        Recognition whole = recognizer.recognize(text);
        Recognition chunked = recognizer.incremental().update(text);
        assertThat(chunked.pseudonymized()).isEqualTo(whole.pseudonymized());
        assertThat(chunked.suspects()).extracting(s -> s.text()).isEqualTo(whole.suspects().stream().map(s -> s.text()).toList());
    }
}
