package nl.kring.ui.minutes;

import nl.kring.domain.AgendaItem;
import nl.kring.domain.Meeting;
import nl.kring.pseudonym.Kind;
import nl.kring.pseudonym.Mention;
import nl.kring.pseudonym.IncrementalRecognizer;
import nl.kring.pseudonym.Recognition;
import nl.kring.store.SuspectDecisionRepository;
import nl.kring.audit.AuditLog;
import nl.kring.service.Services;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import static nl.kring.ui.FxTestSupport.fx;
import static nl.kring.ui.FxTestSupport.worker;
import static nl.kring.ui.FxTestSupport.onFx;
import static nl.kring.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The minutes as the chair edits them: typed, recognised, checked and saved (the document part of the editor). */
class MinutesViewModelTest extends MinutesFixture {
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
    void savingKeepsTheAgendaTheDisclosuresAndTheSuspectDecisions() throws Exception {
        Meeting before = worker(p -> store.meetings().find(MEETING).orElseThrow());
        type("2026-006", "Ook buurvrouw Annet Zwart belde.");
        SuspectRow stranger = fx(() -> vm.names().suspects().stream().filter(s -> s.text().contains("Zwart")).findFirst().orElseThrow());
        onFx(() -> {
            vm.names().dismiss(stranger);
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
        List<AuditLog.Entry> entries = worker(x -> store.audit().entries());
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
        assertThat(fx(() -> vm.output().blockedProperty().get())).isNotEmpty();
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
        List<Double> progress = new CopyOnWriteArrayList<>();
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
        var recognizer = worker(x -> MinutesViewModel.load(new Services(store), MEETING)).recognizer();
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
