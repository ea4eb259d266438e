package nl.kring.ui.meetingroom;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import nl.kring.service.Services;
import nl.kring.ui.AppContext;
import nl.kring.ui.Settings;
import nl.kring.ui.Themes;
import nl.kring.ui.common.Dates;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.ScreenFit;
import nl.kring.ui.minutes.RoomNotes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The chair's meeting-room window ("Vergadering leiden"). Its own window, so the chair can switch between it, the
 * register and the minutes; it closes, with the presentation and every "bekijk als" window, when the vault locks.
 * Input here counts as activity for the auto-lock.
 */
public final class MeetingRoomWindow {
    private final AppContext context;
    private final Services services;
    private final Stage stage = new Stage();
    private final MeetingRoomView view;
    private final RoomNotes notes;
    private final ChangeListener<Services> lockWatch;
    /** The meeting rooms on show (each application has at most one). */
    private static final List<MeetingRoomWindow> OPEN = new ArrayList<>();

    private MeetingRoomWindow(AppContext context, Services services, LocalDate date) {
        this.context = context;
        this.services = services;
        MeetingRoomViewModel vm = new MeetingRoomViewModel(context.executor(), services, date);
        view = new MeetingRoomView(vm, context.settings());
        // the notes of the item under discussion, beside it; saved when the chair moves on and when the room closes
        notes = new RoomNotes(context.executor(), services, date);
        view.showNotes(notes);
        Runnable follow = () -> {
            if (vm.currentCaseNumber() != null) {
                notes.showCase(vm.currentCaseNumber());
            }
        };
        vm.indexProperty().addListener((o, a, b) -> follow.run());
        vm.meetingProperty().addListener((o, a, b) -> follow.run());
        notes.viewModel().setOnSaved(d -> context.minutesSaved(d, notes));
        ChangeListener<AppContext.MinutesChange> otherSave = (o, a, saved) -> {
            if (saved != null && saved.by() != notes && saved.date().equals(date)) {
                notes.reloadIfClean();
            }
        };
        context.minutesSavedProperty().addListener(otherSave);
        // a judgement of a possible name, here in the notes or in the minutes screen: the chair's view, the presentation
        // and "bekijk als" read its marker at once, not at the next item (issue 13)
        notes.viewModel().setOnJudged(d -> context.judged(d, notes));
        ChangeListener<AppContext.MinutesChange> judgement = (o, a, j) -> {
            if (j != null && j.date().equals(date)) {
                vm.reload();
                if (j.by() != notes) {
                    notes.viewModel().judgedElsewhere(j.date());
                }
            }
        };
        context.judgedProperty().addListener(judgement);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view, Math.min(1400, screen.getWidth()), Math.min(860, screen.getHeight()));
        Themes.apply(scene, context.settings().themeProperty().get());
        ChangeListener<Settings.Theme> theme = (o, a, b) -> Themes.apply(scene, b);
        context.settings().themeProperty().addListener(theme);
        context.watchActivity(scene);
        stage.setScene(scene);
        ScreenFit.keepOnScreen(stage);
        stage.setTitle(I18n.t("app.title") + " — " + I18n.t("room.title", Dates.longFormat(date)));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        lockWatch = (o, a, b) -> {
            if (b != services) {
                if (b == null) {
                    context.rememberRoom(new AppContext.RoomPlace(date, vm.indexProperty().get(),
                            vm.checkIn().everyone().stream().filter(r -> r.presentProperty().get()).map(AttendeeRow::id)
                                    .collect(Collectors.toUnmodifiableSet())));
                }
                vm.clear();
                close();
            }
        };
        context.servicesProperty().addListener(lockWatch);
        OPEN.add(this);
        stage.setOnHidden(e -> {
            if (context.servicesProperty().get() == services) {
                vm.notes().keepEdits(); // issue 15: an edited reason of a proposed note survives the room (not after a lock)
            }
            // at the lock too: the save is queued on the worker before the vault's close
            notes.save();
            notes.close();
            context.minutesSavedProperty().removeListener(otherSave);
            context.judgedProperty().removeListener(judgement);
            OPEN.remove(this);
            view.closeWindows();
            context.servicesProperty().removeListener(lockWatch);
            context.settings().themeProperty().removeListener(theme);
        });
        vm.load();
    }

    /** Opens the meeting room for the meeting on {@code date}. */
    public static MeetingRoomWindow open(AppContext context, Services services, LocalDate date) {
        MeetingRoomWindow w = new MeetingRoomWindow(context, services, date);
        w.stage.show();
        return w;
    }

    /**
     * Opens a meeting room that the lock closed, at the item it showed and with the same people checked in. When the
     * meeting is gone meanwhile, the window opens and says so (as for any meeting it cannot read).
     */
    public static MeetingRoomWindow reopen(AppContext context, Services services, AppContext.RoomPlace place) {
        MeetingRoomWindow w = open(context, services, place.date());
        MeetingRoomViewModel vm = w.view.viewModel();
        Runnable restore = () -> {
            vm.checkIn().everyone().forEach(r -> r.presentProperty().set(place.present().contains(r.id())));
            vm.go(place.item());
        };
        if (vm.loadedProperty().get()) {
            restore.run();
        } else {
            vm.loadedProperty().addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Boolean> o, Boolean a, Boolean loaded) {
                    if (loaded) {
                        vm.loadedProperty().removeListener(this);
                        Platform.runLater(restore);
                    }
                }
            });
        }
        return w;
    }

    /** The meeting room on show for this application, if any (one opened again after an unlock, too). */
    public static Optional<MeetingRoomWindow> showing(AppContext context) {
        return OPEN.stream().filter(w -> w.context == context && w.isShowing()).findFirst();
    }

    /** How many meeting rooms of this application are on show (never more than one). */
    public static long countShowing(AppContext context) {
        return OPEN.stream().filter(w -> w.context == context && w.isShowing()).count();
    }

    public LocalDate date() {
        return view.viewModel().date();
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    public void toFront() {
        stage.toFront();
    }

    public void close() {
        stage.close();
    }

    public Stage stage() {
        return stage;
    }

    public RoomNotes notes() {
        return notes;
    }

    public MeetingRoomView view() {
        return view;
    }

    Services services() {
        return services;
    }
}
