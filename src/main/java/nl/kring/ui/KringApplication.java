package nl.kring.ui;

import javafx.application.Application;
import javafx.application.HostServices;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.Image;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import nl.kring.app.StartClock;
import nl.kring.app.AppDirs;
import nl.kring.app.GuiOptions;
import nl.kring.demo.DemoVault;
import nl.kring.ui.common.AutoLocker;
import nl.kring.ui.common.Escape;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.NativeDialogsLanguage;
import nl.kring.ui.common.ScreenFit;
import nl.kring.ui.common.TaskExecutor;
import nl.kring.ui.common.Tooltips;
import nl.kring.ui.common.WorkerExecutor;
import nl.kring.ui.common.VaultMessages;
import nl.kring.vault.Vault;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The JavaFX application. Started by {@code Main} through the command line, never as the jar's main class. */
public final class KringApplication extends Application {
    private static final Logger LOG = Logger.getLogger(KringApplication.class.getName());
    private static GuiOptions options = new GuiOptions(false, false, null);

    private AppContext context;
    /** The one background worker of this application, handed to every screen through the context. */
    private final TaskExecutor executor = new WorkerExecutor();

    public static int run(GuiOptions opts) {
        options = opts;
        Application.launch(KringApplication.class);
        return 0;
    }

    /** For UI tests: the same window, built on a given stage. */
    public static AppContext buildOn(Stage stage, Settings settings, Path vaultDir, boolean demo) {
        return buildOn(stage, settings, vaultDir, demo, System::currentTimeMillis);
    }

    /** For UI tests: as above, with the clock the auto-lock reads (milliseconds), so idleness can be simulated. */
    public static AppContext buildOn(Stage stage, Settings settings, Path vaultDir, boolean demo, LongSupplier clock) {
        return buildOn(stage, settings, vaultDir, demo, clock, new WorkerExecutor(), null);
    }

    /** The window on a stage, with the executor that runs all its background work. */
    static AppContext buildOn(Stage stage, Settings settings, Path vaultDir, boolean demo, LongSupplier clock,
                              TaskExecutor executor, HostServices hostServices) {
        I18n.use(Locale.of(settings.languageProperty().get()));
        Tooltips.wrapEverywhere();
        NativeDialogsLanguage.follow(I18n.locale()); // the GTK folder chooser in the UI language (issue 13)
        // the auto-lock locks the context, the context has the auto-lock watch its extra windows: built once, together
        AtomicReference<AppContext> built = new AtomicReference<>();
        AutoLocker locker = new AutoLocker(settings.autoLockMinutesProperty(), () -> built.get().lock(), clock);
        AppContext ctx = new AppContext(settings, vaultDir, demo, executor, hostServices, locker::watch);
        built.set(ctx);
        RootView root = new RootView(ctx, locker);
        Scene scene = new Scene(root, 1200, 780);
        locker.watch(scene);
        Themes.apply(scene, settings.themeProperty().get());
        settings.themeProperty().addListener((o, a, b) -> Themes.apply(scene, b));
        stage.setScene(scene);
        stage.setTitle(I18n.t("app.title") + (demo ? " — " + I18n.t("workspace.demo") : ""));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        if (stage.isShowing()) {
            // the demo's window was shown with its "making the demo" scene: the new scene and minimum fit the screen too
            ScreenFit.fitNow(stage);
        }
        var icon = KringApplication.class.getResourceAsStream("icons/kring-256.png");
        if (icon != null) {
            stage.getIcons().add(new Image(icon));
        }
        return ctx;
    }

    @Override
    public void start(Stage stage) {
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> {
            LOG.log(Level.SEVERE, "uncaught exception on the FX thread", e);
            Alert alert = new Alert(Alert.AlertType.ERROR, I18n.t("error.unexpected"));
            Escape.closes(alert);
            alert.setHeaderText(null);
            alert.show();
        });
        Settings settings = Settings.load(AppDirs.settingsFile());
        settings.saveOnChange();
        Path vaultDir = options.demo() ? AppDirs.demoVault()
                : options.vault() != null ? options.vault().toAbsolutePath()
                : settings.lastVaultProperty().get() != null ? Path.of(settings.lastVaultProperty().get())
                : AppDirs.defaultVault();
        if (options.demo()) {
            showDemoCreation(stage, settings, vaultDir);
        } else {
            context = buildOn(stage, settings, vaultDir, false, System::currentTimeMillis, executor, getHostServices());
            if (options.vault() != null) {
                settings.lastVaultProperty().set(vaultDir.toString());
            }
        }
        stage.setOnCloseRequest(e -> {
            if (context != null) {
                context.lockAndWait();
            }
            settings.save();
        });
        if (options.smoke()) {
            stage.getScene().addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    stage.getScene().removePostLayoutPulseListener(this);
                    // The pulse after layout is the first frame handed to the renderer.
                    Platform.runLater(() -> {
                        long ms = StartClock.millisSinceStart();
                        long sinceJvm = System.currentTimeMillis()
                                - ManagementFactory.getRuntimeMXBean().getStartTime();
                        System.out.println("first frame after " + ms + " ms (" + sinceJvm + " ms since JVM start)");
                        System.out.flush();
                        Platform.exit();
                    });
                }
            });
        }
        ScreenFit.keepOnScreen(stage);
        stage.show();
    }

    /** --demo: a fresh demo vault every time, made in the background, then opened. */
    private void showDemoCreation(Stage stage, Settings settings, Path vaultDir) {
        ProgressIndicator spinner = new ProgressIndicator();
        Label label = new Label(I18n.t("demo.creating"));
        VBox box = new VBox(12, spinner, label);
        box.setAlignment(Pos.CENTER);
        I18n.use(Locale.of(settings.languageProperty().get()));
        stage.setScene(new Scene(box, 1200, 780));
        Themes.apply(stage.getScene(), settings.themeProperty().get());
        stage.setTitle(I18n.t("app.title") + " — " + I18n.t("workspace.demo"));
        executor.background(p -> {
            if (Vault.exists(vaultDir) || Files.exists(vaultDir)) {
                Vault.ensureNotInUse(vaultDir); // a second demo window must not pull the vault from under the first
                deleteTree(vaultDir);
            }
            return DemoVault.create(vaultDir, LocalDate.now());
        }).onSuccess(store -> {
            boolean shown = stage.isShowing();
            context = buildOn(stage, settings, vaultDir, true, System::currentTimeMillis, executor, getHostServices());
            context.unlocked(store);
            if (!shown) {
                stage.show();
            }
        }).onError(e -> {
            spinner.setVisible(false); // it kept turning under the error, as if something still happened
            spinner.setManaged(false);
            label.setText(VaultMessages.describe(e));
        }).start();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
