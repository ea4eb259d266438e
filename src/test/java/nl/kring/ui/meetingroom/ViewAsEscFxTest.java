package nl.kring.ui.meetingroom;

import nl.kring.service.Services;
import nl.kring.store.Store;
import nl.kring.ui.AppContext;
import nl.kring.ui.EscapeProbe;
import nl.kring.ui.Settings;
import nl.kring.ui.common.WorkerExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static nl.kring.ui.FxTestSupport.onFx;
import static nl.kring.ui.FxTestSupport.startFx;
import static nl.kring.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13: Esc closes a "bekijk als" window of the meeting room; the meeting room itself stays open. */
@Tag("ui")
class ViewAsEscFxTest {
    @TempDir
    Path dir;
    Store store;
    MeetingRoomWindow room;

    @BeforeAll
    static void fx() throws InterruptedException {
        startFx();
    }

    @AfterEach
    void close() throws Exception {
        if (room != null) {
            onFx(() -> {
                room.stage().close();
                return null;
            });
        }
        store.close();
    }

    @Test
    void escClosesTheViewAsWindowNotTheRoom() throws Exception {
        store = DemoVault.create(dir.resolve("vault"));
        AppContext context = new AppContext(Settings.load(dir.resolve("s.properties")), dir.resolve("vault"), false, new WorkerExecutor());
        context.unlocked(store);
        room = onFx(() -> MeetingRoomWindow.open(context, new Services(store), DemoVault.MEETING));
        MeetingRoomViewModel vm = room.view().viewModel();
        waitUntil(30, () -> {
            try {
                return onFx(() -> vm.checkIn().row("a-3").isPresent());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        var closed = EscapeProbe.escCloses(() -> room.view().viewAs(vm.checkIn().row("a-3").orElseThrow()));
        assertThat(EscapeProbe.title(closed)).startsWith("Bekijk als");
        assertThat(onFx(() -> room.stage().isShowing())).isTrue();
    }
}
