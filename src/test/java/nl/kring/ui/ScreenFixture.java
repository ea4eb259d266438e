package nl.kring.ui;

import nl.kring.TestVaults;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import nl.kring.store.Store;
import nl.kring.ui.common.WorkerExecutor;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import static nl.kring.ui.FxTestSupport.onFx;

/**
 * One screen of the app on a stage of its own, over a real encrypted vault in a test's temp folder, with the
 * application's context (unlocked, one worker); {@link #close()} closes the stage and the vault. For the screen tests
 * that open a single view rather than the whole application.
 */
public final class ScreenFixture implements AutoCloseable {
    public final Store store;
    public final AppContext context;
    private Stage stage;

    private ScreenFixture(Store store, AppContext context) {
        this.store = store;
        this.context = context;
    }

    /** A new empty vault in {@code dir}, unlocked in a fresh context; JavaFX started. */
    public static ScreenFixture open(Path dir) throws Exception {
        FxTestSupport.startFx();
        Store store = TestVaults.create(dir.resolve("vault"));
        AppContext context = new AppContext(Settings.load(dir.resolve("s.properties")), dir.resolve("vault"), false,
                new WorkerExecutor());
        context.unlocked(store);
        return new ScreenFixture(store, context);
    }

    /** Shows the view made by {@code view} on its own stage of {@code width}×{@code height}; returns the view. */
    public <T extends Parent> T show(Callable<T> view, double width, double height) throws Exception {
        return show(view, width, height, scene -> { });
    }

    /** As above, with the scene styled (a theme) before it shows. */
    public <T extends Parent> T show(Callable<T> view, double width, double height, Consumer<Scene> style)
            throws Exception {
        return onFx(() -> {
            T root = view.call();
            Scene scene = new Scene(root, width, height);
            style.accept(scene);
            stage = new Stage();
            stage.setScene(scene);
            stage.show();
            return root;
        });
    }

    public Stage stage() {
        return stage;
    }

    @Override
    public void close() throws Exception {
        if (stage != null) {
            onFx(() -> {
                stage.close();
                return null;
            });
        }
        store.close();
    }
}
