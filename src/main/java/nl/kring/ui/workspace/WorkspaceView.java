package nl.kring.ui.workspace;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.kring.ui.Settings;
import nl.kring.service.Services;
import nl.kring.ui.AppContext;
import nl.kring.ui.Navigator;
import nl.kring.ui.cases.CasesView;
import nl.kring.ui.common.AutoLocker;
import nl.kring.ui.common.ClearsOnLock;
import nl.kring.ui.common.Forms;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.KeyboardShortcut;
import nl.kring.ui.common.Scrub;
import nl.kring.ui.meetings.MeetingsView;
import nl.kring.ui.minutes.MinutesView;
import nl.kring.ui.overview.OverviewView;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The unlocked workspace: a bar with the vault and the lock, a navigation column, and the chosen section. */
public final class WorkspaceView extends BorderPane implements Navigator {
    private final List<Screen> screens;
    private final CasesView cases;
    private final MeetingsView meetings;
    private final MinutesView minutes;
    private final OverviewView overview;
    private final StackPane content = new StackPane();
    private final ToggleGroup nav = new ToggleGroup();
    private final IntegrityCheck integrity;

    public WorkspaceView(AppContext context, Services services, AutoLocker locker) {
        getStyleClass().add("workspace");
        setId("workspace");
        // the screens open what their rows name through this workspace (issue 13), which shows it (issue 16: no casts)
        Screens.Built built = Screens.create(context, services, this);
        this.screens = built.screens();
        this.cases = built.cases();
        this.meetings = built.meetings();
        this.minutes = built.minutes();
        this.overview = built.overview();

        Label title = new Label(I18n.t("app.title"));
        title.getStyleClass().add("app-name");
        Label vault = new Label(context.isDemo() ? I18n.t("workspace.demo") : context.vaultDir().getFileName().toString());
        vault.getStyleClass().add("muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label countdown = new Label();
        countdown.getStyleClass().add("muted");
        countdown.textProperty().bind(Bindings.createStringBinding(() -> {
            long s = locker.secondsLeftProperty().get();
            return s > 0 && s <= 60 ? I18n.t("workspace.locksIn", s) : "";
        }, locker.secondsLeftProperty()));
        Button theme = new Button(I18n.t("workspace.theme"));
        theme.setTooltip(new Tooltip(KeyboardShortcut.TOGGLE_THEME.combination().getDisplayText()));
        theme.setOnAction(e -> toggleTheme(context.settings()));
        Button lock = new Button(I18n.t("workspace.lock"));
        lock.setId("lock-button");
        lock.getStyleClass().add("lock-button");
        lock.setTooltip(new Tooltip(KeyboardShortcut.LOCK.combination().getDisplayText()));
        lock.setOnAction(e -> context.lock());
        Button help = new Button(I18n.t("workspace.shortcuts"));
        help.setId("shortcuts-button");
        help.setTooltip(new Tooltip(KeyboardShortcut.SHORTCUTS_HELP.combination().getDisplayText()));
        help.setOnAction(e -> ShortcutsHelp.show(this));
        Label backupDue = new Label();
        backupDue.setId("backup-reminder");
        backupDue.getStyleClass().add("error");
        int reminderDays = context.settings().backupReminderDaysProperty().get();
        BackupReminder reminder = new BackupReminder(context.executor(), services, LocalDate::now);
        backupDue.textProperty().bind(reminder.textProperty());
        // A demo vault is made afresh at every start: no point reminding anyone to back it up.
        if (!context.isDemo()) {
            reminder.check(reminderDays);
        }
        HBox bar = new HBox(12, title, vault, spacer, backupDue, countdown, help, theme, lock);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.getStyleClass().add("top-bar");
        // the full integrity check after the unlock (issue 17): a fault shows here, under the bar, in Dutch
        integrity = new IntegrityCheck(context.executor(), services);
        Label integrityFault = new Label();
        integrityFault.setId("integrity-fault");
        integrityFault.getStyleClass().add("error");
        integrityFault.setWrapText(true);
        integrityFault.setPadding(new Insets(0, 12, 8, 12));
        integrityFault.textProperty().bind(integrity.messageProperty());
        integrityFault.visibleProperty().bind(integrity.messageProperty().isNotEmpty());
        integrityFault.managedProperty().bind(integrityFault.visibleProperty());
        setTop(new VBox(bar, integrityFault));

        VBox navColumn = new VBox(4);
        navColumn.getStyleClass().add("nav");
        navColumn.setPadding(new Insets(12, 8, 12, 8));
        for (Screen s : screens) {
            ToggleButton b = new ToggleButton(I18n.t(s.titleKey()));
            b.setId("nav-" + s.id());
            b.setToggleGroup(nav);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setUserData(s);
            if (s.shortcut() != null) {
                b.setTooltip(new Tooltip(s.shortcut().combination().getDisplayText()));
            }
            navColumn.getChildren().add(b);
        }
        nav.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                nav.selectToggle(a); // one section is always shown
                return;
            }
            content.getChildren().setAll(((Screen) b.getUserData()).view());
        });
        setLeft(navColumn);
        // a screen taller or wider than the window (a large font, a small screen) scrolls instead of being cut off;
        // one that fits fills the window as before (issue 13)
        ScrollPane scroller = new ScrollPane(content);
        scroller.setId("workspace-scroll");
        scroller.getStyleClass().add("workspace-scroll");
        scroller.setFitToWidth(true);
        scroller.setFitToHeight(true);
        Forms.revealFocus(scroller); // Tab and the arrow keys never walk off the screen (issue 13)
        setCenter(scroller);
        if (!nav.getToggles().isEmpty()) {
            nav.selectToggle(nav.getToggles().getFirst());
        }

        // Shortcuts live in the scene; they are taken out again when the workspace goes (lock), so the scene does
        // not keep this workspace, and the client data in its screens, alive.
        Map<KeyCombination, Runnable> mine = new LinkedHashMap<>();
        mine.put(KeyboardShortcut.LOCK.combination(), context::lock);
        mine.put(KeyboardShortcut.TOGGLE_THEME.combination(), () -> toggleTheme(context.settings()));
        mine.put(KeyboardShortcut.SHORTCUTS_HELP.combination(), () -> ShortcutsHelp.show(this));
        for (Screen s : screens) {
            if (s.shortcut() != null) {
                mine.put(s.shortcut().combination(), () -> show(s.id()));
            }
        }
        // On lock every screen is emptied (not merely removed from the window: something might still refer to it).
        context.servicesProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Services> o, Services was, Services now) {
                if (now != services) {
                    context.servicesProperty().removeListener(this);
                    for (Screen s : screens) {
                        if (s.view() instanceof ClearsOnLock c) {
                            c.clearOnLock();
                        }
                    }
                    reminder.clear(); // the date of the last backup
                    integrity.clear();
                    content.getChildren().clear();
                    Scrub.texts(WorkspaceView.this); // the bar's texts too: a detached label keeps its last text node

                }
            }
        });
        sceneProperty().addListener((o, oldScene, scene) -> {
            if (oldScene != null) {
                mine.forEach((k, r) -> oldScene.getAccelerators().remove(k, r));
            }
            if (scene != null) {
                scene.getAccelerators().putAll(mine);
            }
        });
    }

    /**
     * Starts the full integrity check on the worker; called once the unlock has queued the first screen's own work, so
     * that work is not kept waiting behind the check.
     */
    public void checkIntegrity() {
        integrity.start();
    }

    /** Something past retention was destroyed (the question at unlock): the overview reads what is due again. */
    public void afterPurge() {
        overview.refresh();
    }

    /** The id of the screen on show. */
    public String currentScreenId() {
        return nav.getSelectedToggle() == null ? null : ((Screen) nav.getSelectedToggle().getUserData()).id();
    }

    public void show(String screenId) {
        nav.getToggles().stream().filter(t -> ((Screen) t.getUserData()).id().equals(screenId)).findFirst()
                .ifPresent(nav::selectToggle);
    }

    private static void toggleTheme(Settings settings) {
        settings.themeProperty().set(settings.themeProperty().get() == Settings.Theme.DARK ? Settings.Theme.LIGHT : Settings.Theme.DARK);
    }

    @Override
    public void openCase(String caseNumber) {
        show("cases");
        cases.open(caseNumber);
    }

    @Override
    public void openMeeting(LocalDate date) {
        show("meetings");
        meetings.open(date);
    }

    @Override
    public void openMinutes(LocalDate date) {
        show("minutes");
        minutes.open(date);
    }
}
