package nl.kring.ui.common;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.util.Duration;

import java.util.function.LongSupplier;

/**
 * Locks the vault after a period without keyboard or mouse input. The lock itself (dropping the key and clearing
 * every view) is the callback's job; this class only watches the clock.
 */
public final class AutoLocker {
    private final IntegerProperty minutes;
    private final Runnable lock;
    private final LongSupplier clock;
    private final Timeline ticker;
    private final ReadOnlyLongWrapper secondsLeft = new ReadOnlyLongWrapper();
    private long lastActivity;
    private boolean armed;

    public AutoLocker(IntegerProperty minutes, Runnable lock, LongSupplier clock) {
        this.minutes = minutes;
        this.lock = lock;
        this.clock = clock;
        this.lastActivity = clock.getAsLong();
        this.ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
        this.ticker.setCycleCount(Timeline.INDEFINITE);
    }

    /** Counts any key or mouse input in the scene as activity. */
    public void watch(Scene scene) {
        scene.addEventFilter(InputEvent.ANY, this::activity);
    }

    private void activity(Event e) {
        lastActivity = clock.getAsLong();
    }

    public void arm() {
        lastActivity = clock.getAsLong();
        armed = true;
        ticker.play();
    }

    public void disarm() {
        armed = false;
        ticker.stop();
    }

    /** Checks the clock now; the timeline calls this every second. */
    public void tick() {
        if (!armed) {
            return;
        }
        long idleMillis = clock.getAsLong() - lastActivity;
        long limit = minutes.get() * 60_000L;
        secondsLeft.set(Math.max(0, (limit - idleMillis) / 1000));
        if (idleMillis >= limit) {
            disarm();
            lock.run();
        }
    }

    public ReadOnlyLongProperty secondsLeftProperty() {
        return secondsLeft.getReadOnlyProperty();
    }
}
