package nl.kring.ui;

import javafx.application.HostServices;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import nl.kring.service.Services;
import nl.kring.store.Store;
import nl.kring.ui.common.TaskExecutor;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * What every screen shares: the settings, the vault folder and the services of the unlocked vault (null while locked).
 * The composition root: the one UI class besides {@code KringApplication} that handles the store (ArchitectureTest).
 */
public final class AppContext {
    private static final Logger LOG = Logger.getLogger(AppContext.class.getName());

    private final Settings settings;
    private final ObjectProperty<Path> vaultDir = new SimpleObjectProperty<>();
    /** The services of the unlocked vault: what the screens read and write through (issue 16). */
    private final ObjectProperty<Services> services = new SimpleObjectProperty<>();
    private final boolean demo;
    private final TaskExecutor executor;
    /** The minutes editor holds unsaved minutes: a case must not be destroyed meanwhile (their text may name it). */
    private final BooleanProperty unsavedMinutes = new SimpleBooleanProperty();
    private final HostServices hostServices;
    private final Consumer<Scene> activityWatcher;

    /** For tests: no host services, no auto-lock watching extra windows. */
    public AppContext(Settings settings, Path vaultDir, boolean demo, TaskExecutor executor) {
        this(settings, vaultDir, demo, executor, null, scene -> { });
    }

    /**
     * Built once by the application. {@code hostServices}: to open a folder in the file manager (null in tests);
     * {@code activityWatcher}: counts input in a scene as activity for the auto-lock.
     */
    public AppContext(Settings settings, Path vaultDir, boolean demo, TaskExecutor executor,
                      HostServices hostServices,
                      Consumer<Scene> activityWatcher) {
        this.settings = settings;
        this.vaultDir.set(vaultDir);
        this.demo = demo;
        this.executor = executor;
        this.hostServices = hostServices;
        this.activityWatcher = activityWatcher;
        // The services keep the rule "no destruction while minutes are unsaved"; the editor's state goes to them.
        unsavedMinutes.addListener((o, was, is) -> {
            Services s = services.get();
            if (s != null) {
                s.unsavedMinutes().set(is);
            }
        });
    }

    /** Runs every screen's background work: built once by the application, one worker (the vault has one connection). */
    public TaskExecutor executor() {
        return executor;
    }

    /** For extra windows (the meeting room): input there keeps the vault from locking, as in the main window. */
    public void watchActivity(Scene scene) {
        activityWatcher.accept(scene);
    }

    public BooleanProperty unsavedMinutesProperty() {
        return unsavedMinutes;
    }

    /**
     * Something one editor of a meeting's minutes (the minutes screen, the meeting room's notes) did that the other
     * must follow: saved the minutes, or judged a possible name or took a judgement back. {@code seq} makes every
     * change a new value, also a second one by the same editor on the same date.
     */
    public record MinutesChange(LocalDate date, Object by, long seq) {
    }

    private final ObjectProperty<MinutesChange> minutesSaved = new SimpleObjectProperty<>();
    private final ObjectProperty<MinutesChange> judged = new SimpleObjectProperty<>();

    /** The last save of minutes: the other editor of the same meeting reads them again (issue 13). */
    public ReadOnlyObjectProperty<MinutesChange> minutesSavedProperty() {
        return minutesSaved;
    }

    public void minutesSaved(LocalDate date, Object by) {
        next(minutesSaved, date, by);
    }

    /**
     * The last judgement (or judgement taken back) of a possible name: the meeting room applies it at once, the other
     * editor of the same minutes reads the judgements again (issue 13).
     */
    public ReadOnlyObjectProperty<MinutesChange> judgedProperty() {
        return judged;
    }

    public void judged(LocalDate date, Object by) {
        next(judged, date, by);
    }

    private static void next(ObjectProperty<MinutesChange> change, LocalDate date, Object by) {
        MinutesChange last = change.get();
        change.set(new MinutesChange(date, by, last == null ? 1 : last.seq() + 1));
    }

    public Settings settings() {
        return settings;
    }

    public ObjectProperty<Path> vaultDirProperty() {
        return vaultDir;
    }

    public Path vaultDir() {
        return vaultDir.get();
    }

    /** Issue 13: a note for the next unlock screen (after an in-app restore); read once. */
    private String unlockNotice;

    /**
     * Issue 13: after an in-app restore, Kring works with the restored vault: it becomes this window's vault folder
     * (and the folder Kring opens next time, unless this is the demo), the open vault is locked, and the unlock screen
     * of the restored vault shows.
     */
    public void openRestoredVault(Path dir, String notice) {
        unlockNotice = notice;
        if (!demo) {
            settings.lastVaultProperty().set(dir.toString());
        }
        vaultDir.set(dir);
        lock();
    }

    public String takeUnlockNotice() {
        String n = unlockNotice;
        unlockNotice = null;
        return n;
    }

    public boolean isDemo() {
        return demo;
    }

    /** The application's host services (to open a folder in the file manager); null in tests. */
    public HostServices hostServices() {
        return hostServices;
    }

    // ---- where the chair was when the vault locked (issue 13): no client data, only a screen id, meeting dates,
    // agenda positions and the ids of the attendees checked in

    /** A meeting-room window open at the lock: its meeting, the item on screen and who was checked in. */
    public record RoomPlace(LocalDate date, int item, Set<String> present) {
    }

    private String lockedOnScreen;
    private final List<RoomPlace> lockedRooms = new ArrayList<>();

    /** The workspace screen shown when the vault locked, shown again after unlocking. */
    public void rememberScreen(String screenId) {
        lockedOnScreen = screenId;
    }

    /** A meeting room closed by the lock, opened again after unlocking. */
    public void rememberRoom(RoomPlace place) {
        lockedRooms.add(place);
    }

    /** The screen to return to after an unlock, once (null: the start screen). */
    public String takeLockedScreen() {
        String s = lockedOnScreen;
        lockedOnScreen = null;
        return s;
    }

    /** The meeting rooms to open again after an unlock, once. */
    public List<RoomPlace> takeLockedRooms() {
        List<RoomPlace> rooms = List.copyOf(lockedRooms);
        lockedRooms.clear();
        return rooms;
    }

    /** The application services of the unlocked vault (null while locked): what the screens read and write through. */
    public ReadOnlyObjectProperty<Services> servicesProperty() {
        return services;
    }

    public Services services() {
        return services.get();
    }

    public void unlocked(Store s) {
        unlocked(new Services(s));
    }

    /** The vault is open: the screens are built on its services. */
    public void unlocked(Services s) {
        s.unsavedMinutes().set(unsavedMinutes.get());
        services.set(s);
    }

    /**
     * Drops the store at once (every view bound to it is cleared), then closes the session in the background:
     * manifest written, H2 closed, key wiped.
     */
    public void lock() {
        Services s = services.get();
        if (s == null) {
            return;
        }
        services.set(null);
        minutesSaved.set(null); // the date of the last save and its editor: nothing of the vault stays here
        judged.set(null);
        executor.background(p -> {
            s.close();
            return null;
        }).onError(e -> LOG.warning("vault close reported a problem")).start();
        LOG.info("vault locked");
    }

    /** For shutdown: close synchronously on the worker, waiting briefly. */
    public void lockAndWait() {
        Services s = services.get();
        services.set(null);
        if (s != null) {
            try {
                executor.background(p -> {
                    s.close();
                    return null;
                }).start().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                LOG.warning("vault close at exit failed");
            }
        }
    }
}
