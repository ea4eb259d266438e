package nl.kring.ui.requests;

import nl.kring.ui.common.SameThreadExecutor;
import nl.kring.audit.AuditLog;
import nl.kring.domain.RequestType;
import nl.kring.domain.Requester;
import nl.kring.domain.RightsRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.util.ArrayList;
import java.util.List;

import static nl.kring.ui.FxTestSupport.fx;
import static nl.kring.ui.FxTestSupport.onFx;
import static nl.kring.ui.requests.RequestsFixture.TODAY;
import static nl.kring.ui.FxTestSupport.worker;
import static org.assertj.core.api.Assertions.assertThat;

/** The requests of one case on a real vault, without a stage: the fixture of the requests' ViewModel tests. */
abstract class RequestsViewModelFixture extends RequestsFixture {
    RequestsViewModel vm;
    final List<String> destroyed = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        vm = onFx(() -> {
            RequestsViewModel m = new RequestsViewModel(new SameThreadExecutor(), services, () -> TODAY);
            m.setFormDirty(dirty::get);
            m.setOnDestroyed(destroyed::add);
            m.show("2026-017");
            return m;
        });
        assertThat(!fx(() -> vm.busyProperty().get())).isTrue();
    }

    @AfterEach
    void close() throws Exception {
        onFx(() -> {
            vm.show("");
            return null;
        });
    }

    void run(Runnable r) {
        fx(() -> {
            r.run();
            return null;
        });
    }

    void idle() throws Exception {
        assertThat(fx(() -> vm.busyProperty().get())).isFalse();
    }

    RightsRequest register(RequestType type, String received) throws Exception {
        run(() -> {
            vm.newTypeProperty().set(type);
            vm.newReceivedProperty().set(received);
            vm.newByProperty().set(Requester.CLIENT);
            vm.register();
        });
        assertThat(fx(() -> vm.selectedProperty().get() != null && vm.selectedProperty().get().type() == type
                && !vm.busyProperty().get())).isTrue();
        return fx(() -> vm.selectedProperty().get());
    }

    RightsRequest stored(long id) throws Exception {
        return worker(x -> store.requests().find(id).orElse(null));
    }

    List<AuditLog.Entry> audit() throws Exception {
        return worker(x -> store.audit().entries());
    }

    static void contentFree(List<AuditLog.Entry> entries, String... words) {
        for (AuditLog.Entry e : entries) {
            for (String w : words) {
                assertThat(String.valueOf(e.subject()) + " " + e.detail()).as(e.action()).doesNotContainIgnoringCase(w);
            }
        }
    }
}
