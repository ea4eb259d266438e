package nl.kring.ui.common;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A screen's background work: busy while it runs, its failure on the status line, nothing of it after the lock. */
class ScreenTasksTest {
    @Test
    void busyWhileTheWorkIsOnItsWayAndTheResultArrivesAfterwards() {
        HeldExecutor executor = new HeldExecutor();
        ScreenTasks tasks = new ScreenTasks(executor);
        List<String> shown = new ArrayList<>();
        tasks.run(p -> "2026-020", shown::add);
        executor.release();
        assertThat(shown).containsExactly("2026-020");
        assertThat(tasks.isBusy()).isFalse();
        assertThat(tasks.status().textProperty().get()).isEmpty();
    }

    @Test
    void aFailureGoesToTheStatusLineOrToTheScreensOwnWords() {
        ScreenTasks tasks = new ScreenTasks(new SameThreadExecutor());
        tasks.run(p -> {
            throw new Failures.UserMessage("De kluis is vergrendeld.");
        }, r -> { });
        assertThat(tasks.status().textProperty().get()).isEqualTo("De kluis is vergrendeld.");
        assertThat(tasks.status().isErrorProperty().get()).isTrue();
        List<Throwable> own = new ArrayList<>();
        tasks.run(p -> {
            throw new IllegalStateException("weg");
        }, r -> { }, own::add);
        assertThat(own).singleElement().isInstanceOf(IllegalStateException.class);
    }

    @Test
    void resultsAndFailuresOnTheirWayWhenTheVaultLocksAreDropped() {
        HeldExecutor executor = new HeldExecutor();
        ScreenTasks tasks = new ScreenTasks(executor);
        List<Object> arrived = new ArrayList<>();
        tasks.run(p -> "Jozef Kranenburg", arrived::add);
        tasks.read(p -> "Sjef", arrived::add);
        tasks.run(p -> {
            throw new IllegalStateException("Jozef Kranenburg");
        }, arrived::add, arrived::add);
        tasks.run(p -> {
            throw new IllegalStateException("Jozef Kranenburg");
        }, arrived::add);
        tasks.clear();
        executor.release();
        assertThat(arrived).isEmpty();
        assertThat(tasks.status().textProperty().get()).isEmpty();
        assertThat(tasks.isBusy()).isFalse();
    }

    @Test
    void aPieceOfWorkLetGoOfFreesTheScreenAtOnceAndItsOutcomeIsDropped() {
        HeldExecutor executor = new HeldExecutor();
        ScreenTasks tasks = new ScreenTasks(executor);
        List<Object> arrived = new ArrayList<>();
        ScreenTasks.Running first = tasks.run(p -> "2026-001", arrived::add, arrived::add);
        tasks.run(p -> "2026-002", arrived::add, arrived::add);
        assertThat(first.cancel()).isTrue();
        assertThat(tasks.isBusy()).as("the second piece still runs").isTrue();
        executor.releaseFirst();
        assertThat(arrived).isEmpty();
        assertThat(tasks.isBusy()).isTrue();
        executor.release();
        assertThat(arrived).containsExactly("2026-002");
        assertThat(tasks.isBusy()).isFalse();
        assertThat(first.cancel()).as("nothing left to let go of").isFalse();
    }

    @Test
    void busyUntilTheLastPieceOfWorkIsInAndAlreadyFreeWhenItsResultIsHandled() {
        // filters change quickly, each starting a query: "not busy" means every result is in
        HeldExecutor executor = new HeldExecutor();
        ScreenTasks tasks = new ScreenTasks(executor);
        List<Boolean> busyWhenHandled = new ArrayList<>();
        tasks.run(p -> "2026-001", r -> busyWhenHandled.add(tasks.isBusy()));
        tasks.run(p -> "2026-002", r -> busyWhenHandled.add(tasks.isBusy()));
        tasks.read(p -> "partners", r -> { });
        assertThat(tasks.isBusy()).isTrue();
        executor.releaseFirst();
        assertThat(tasks.isBusy()).isTrue();
        executor.releaseFirst();
        assertThat(tasks.isBusy()).isFalse();
        executor.release();
        assertThat(tasks.isBusy()).isFalse();
        // the last handler sees the screen free, so it may start the next piece of work at once
        assertThat(busyWhenHandled).containsExactly(true, false);
    }

    @Test
    void longWorkShowsHowFarItIs() {
        ScreenTasks tasks = new ScreenTasks(new SameThreadExecutor());
        DoubleProperty fraction = new SimpleDoubleProperty();
        StringProperty message = new SimpleStringProperty("");
        List<String> seen = new ArrayList<>();
        message.addListener((o, a, b) -> seen.add(b));
        List<String> done = new ArrayList<>();
        tasks.run(p -> {
            p.update(0.5, "1 van 2: verslag.pdf");
            p.update(1, "2 van 2: rooster.pdf");
            return "klaar";
        }, fraction, message, done::add, e -> { });
        assertThat(seen).containsExactly("1 van 2: verslag.pdf", "2 van 2: rooster.pdf");
        assertThat(fraction.get()).isEqualTo(1.0);
        assertThat(done).containsExactly("klaar");
        assertThat(tasks.isBusy()).isFalse();
    }
}
