package nl.kring.ui.meetingroom;

import nl.kring.ui.common.SameThreadExecutor;
import nl.kring.audit.AuditLog;
import nl.kring.domain.CaseView;
import nl.kring.domain.DomainView;
import nl.kring.domain.HiddenReason;
import nl.kring.domain.ItemView;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.Part;
import nl.kring.domain.Partner;
import nl.kring.domain.Role;
import nl.kring.domain.Visibility;
import nl.kring.service.Services;
import nl.kring.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import static nl.kring.ui.FxTestSupport.onFx;
import static nl.kring.ui.FxTestSupport.startFx;
import static nl.kring.ui.meetingroom.DemoVault.MEETING;
import static org.assertj.core.api.Assertions.assertThat;

/** The meeting room's logic on a real demo vault, without a stage: the fixture of its ViewModel tests. */
abstract class MeetingRoomFixture {
    @TempDir
    Path dir;
    Store store;
    MeetingRoomViewModel vm;

    @BeforeAll
    static void fx() throws Exception {
        startFx();
    }

    @BeforeEach
    void open() throws Exception {
        store = DemoVault.create(dir.resolve("vault"));
    }

    @AfterEach
    void close() throws Exception {
        if (store != null) {
            store.close();
        }
    }

    void load() throws Exception {
        vm = onFx(() -> new MeetingRoomViewModel(new SameThreadExecutor(), new Services(store), MEETING));
        onFx(() -> {
            vm.load();
            return null;
        });
        assertThat(vm.loadedProperty().get() && !vm.busyProperty().get()).isTrue();
    }

    /** Only these attendees checked in. */
    void present(String... ids) throws Exception {
        Set<String> in = Set.of(ids);
        onFx(() -> {
            vm.checkIn().everyone().forEach(r -> r.presentProperty().set(in.contains(r.id())));
            return null;
        });
    }

    void goTo(String caseNumber) throws Exception {
        onFx(() -> {
            var items = vm.meetingProperty().get().items();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).caseNumber().equals(caseNumber)) {
                    vm.go(i);
                }
            }
            return null;
        });
        assertThat(vm.currentCaseNumber()).isEqualTo(caseNumber);
    }

    /** The attendees of the partners in {@code partnerIds} ({@code in}), or of every other partner. */
    List<String> attendeesOf(Collection<String> partnerIds, boolean in) {
        return vm.checkIn().everyone().stream().filter(r -> partnerIds.contains(r.partner().id()) == in).map(AttendeeRow::id)
                .toList();
    }
}
