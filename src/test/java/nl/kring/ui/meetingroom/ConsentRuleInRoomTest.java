package nl.kring.ui.meetingroom;

import nl.kring.service.Services;
import nl.kring.ui.common.SameThreadExecutor;
import nl.kring.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static nl.kring.ui.FxTestSupport.onFx;
import static nl.kring.ui.FxTestSupport.startFx;
import static nl.kring.ui.meetingroom.DemoVault.MEETING;
import static org.assertj.core.api.Assertions.assertThat;

/** In the meeting room the chair sees who decides on consent for the item, with the age on the meeting date. */
class ConsentRuleInRoomTest {
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
        vm = onFx(() -> new MeetingRoomViewModel(new SameThreadExecutor(), new Services(store), MEETING));
        onFx(() -> {
            vm.load();
            return null;
        });
        assertThat(vm.loadedProperty().get() && !vm.busyProperty().get()).isTrue();
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    private String ruleFor(String caseNumber) throws Exception {
        return onFx(() -> {
            var items = vm.meetingProperty().get().items();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).caseNumber().equals(caseNumber)) {
                    vm.go(i);
                }
            }
            return vm.consentRuleProperty().get();
        });
    }

    @Test
    void theRuleForAMinorIsAppliedOnTheMeetingDateAndAnAdultShowsNothing() throws Exception {
        // 2026-006: born 18-02-2012, so 14 on 26-11-2026; the father consented, the mother refused, the child was asked
        assertThat(ruleFor("2026-006")).isEqualTo("14 jaar op 26-11-2026: toestemming van de jongere én van de ouders of "
                + "voogd nodig. Geen toestemming van: cliënt, ouder.");
        assertThat(ruleFor("2026-001")).isEmpty();
    }
}
