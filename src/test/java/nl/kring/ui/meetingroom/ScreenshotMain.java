package nl.kring.ui.meetingroom;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.kring.service.Services;
import nl.kring.ui.Settings;
import nl.kring.store.Store;
import nl.kring.ui.AppContext;
import nl.kring.ui.KringApplication;
import nl.kring.ui.workspace.WorkspaceView;
import nl.kring.vault.KdfParams;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * Not a test: opens the meeting room on a demo vault (headless Monocle) and writes PNGs of every window, to look at
 * the screens as a user would. {@code java ... ScreenshotMain OUTDIR [dark]}.
 */
public final class ScreenshotMain {
    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        KdfParams.useCostForNewVaults(1024, 1, 1);
        if (System.getProperty("headless.geometry") == null) {
            System.setProperty("headless.geometry", "1600x900-32");
        }
        Path out = Path.of(args[0]);
        boolean dark = args.length > 1 && args[1].equals("dark");
        Files.createDirectories(out);
        Path tmp = Files.createTempDirectory("kring-shot");
        Platform.startup(() -> { });
        Store store = DemoVault.create(tmp.resolve("vault"));
        Settings settings = Settings.load(tmp.resolve("s.properties"));
        settings.themeProperty().set(dark ? Settings.Theme.DARK : Settings.Theme.LIGHT);
        AppContext ctx = fx(() -> {
            Stage stage = new Stage();
            AppContext c = KringApplication.buildOn(stage, settings, tmp.resolve("vault"), false);
            c.unlocked(store);
            stage.show();
            ((WorkspaceView) stage.getScene().getRoot().lookup("#workspace")).show("meetings");
            return c;
        });
        Thread.sleep(1500);
        fx(() -> {
            @SuppressWarnings("unchecked") var list = (ListView<LocalDate>)
                    window("RootView").getScene().getRoot().lookup("#meeting-list");
            list.getSelectionModel().select(DemoVault.MEETING);
            return null;
        });
        Thread.sleep(2000);
        fx(() -> {
            ((TitledPane) window("RootView").getScene().getRoot().lookup("#agenda-schedule-pane")).setExpanded(true);
            return null;
        });
        Thread.sleep(800);
        shoot(window("RootView"), out.resolve("1-meetings.png"));
        fx(() -> {
            ((Button) window("RootView").getScene().getRoot().lookup("#agenda-optimize")).fire();
            return null;
        });
        Thread.sleep(1500);
        shoot(window("RootView"), out.resolve("2-meetings-proposed.png"));
        fx(() -> {
            ((Button) window("RootView").getScene().getRoot().lookup("#agenda-undo")).fire();
            return null;
        });

        MeetingRoomWindow room = fx(() -> MeetingRoomWindow.open(ctx, new Services(store), DemoVault.MEETING));
        Thread.sleep(2500);
        MeetingRoomViewModel vm = room.view().viewModel();
        fx(() -> {
            Set<String> in = Set.of("a-1", "a-6", "a-10", "a-3");
            vm.checkIn().everyone().forEach(r -> r.presentProperty().set(in.contains(r.id())));
            vm.go(2);
            return null;
        });
        Thread.sleep(1500);
        shoot(room.stage(), out.resolve("3-room-outsider.png"));
        fx(() -> {
            room.view().togglePresentation();
            return null;
        });
        Thread.sleep(1500);
        Stage pres = room.view().presentation().stage();
        fx(() -> {
            pres.setWidth(1280);
            pres.setHeight(720);
            return null;
        });
        Thread.sleep(800);
        shoot(pres, out.resolve("4-presentation-wait.png"));
        fx(() -> {
            vm.checkIn().checkOut("a-3");
            return null;
        });
        Thread.sleep(1500);
        shoot(pres, out.resolve("5-presentation-shown.png"));
        shoot(room.stage(), out.resolve("6-room-shown.png"));
        fx(() -> {
            vm.go(1);
            vm.checkIn().setPresent("a-3", true);
            return null;
        });
        Thread.sleep(1500);
        shoot(pres, out.resolve("7-presentation-2026-003.png"));
        fx(() -> {
            room.view().viewAs(vm.checkIn().row("a-3").orElseThrow());
            return null;
        });
        Thread.sleep(1500);
        shoot(window("BorderPane"), out.resolve("8-view-as-woco.png"));
        fx(() -> {
            vm.checkIn().setPresent("a-3", false);
            vm.checkIn().setPresent("a-4", true);
            vm.go(2);
            return null;
        });
        Thread.sleep(1200);
        fx(() -> vm.override("vervangt de wijkagent, afgestemd met de GGD"));
        Thread.sleep(1500);
        shoot(pres, out.resolve("9-presentation-override.png"));
        shoot(room.stage(), out.resolve("10-room-override.png"));
        fx(() -> {
            ctx.lock();
            return null;
        });
        Thread.sleep(1000);
        Platform.exit();
        System.exit(0);
    }

    private static Window window(String rootClass) {
        return Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene() != null
                && w.getScene().getRoot().getClass().getSimpleName().equals(rootClass)).reduce((a, b) -> b).orElseThrow();
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(60, TimeUnit.SECONDS);
    }

    private static void shoot(Window w, Path file) throws Exception {
        WritableImage img = fx(() -> {
            Scene s = w.getScene();
            return s.snapshot(null);
        });
        int width = (int) img.getWidth();
        int height = (int) img.getHeight();
        BufferedImage bi = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader r = img.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                bi.setRGB(x, y, r.getArgb(x, y));
            }
        }
        ImageIO.write(bi, "png", file.toFile());
        System.out.println("wrote " + file + " " + width + "x" + height);
    }
}
