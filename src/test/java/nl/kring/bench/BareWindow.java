package nl.kring.bench;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline for `kring --smoke`: a bare JavaFX window with one label, timed the same way (JVM start and
 * main() to the first layout pulse). Run with scripts/bench-startup.sh.
 */
public final class BareWindow extends Application {
    static long mainNanos;

    /** A main class that is not the Application itself, like nl.kring.Main (the jar launcher requires it). */
    public static final class Launcher {
        public static void main(String[] args) {
            mainNanos = System.nanoTime();
            Application.launch(BareWindow.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new StackPane(new Label("Kring")), 1200, 780);
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(() -> {
                    long ms = (System.nanoTime() - mainNanos) / 1_000_000;
                    long sinceJvm = System.currentTimeMillis()
                            - ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.println("first frame after " + ms + " ms (" + sinceJvm + " ms since JVM start)");
                    Platform.exit();
                });
            }
        });
        stage.setScene(scene);
        stage.show();
    }
}
