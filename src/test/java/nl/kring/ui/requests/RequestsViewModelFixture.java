package nl.kring.ui.requests;

import nl.kring.ui.common.SameThreadExecutor;
import javafx.application.Platform;
import nl.kring.audit.AuditLog;
import nl.kring.report.InzageMasking;
import nl.kring.domain.RequestStatus;
import nl.kring.domain.RequestType;
import nl.kring.domain.Requester;
import nl.kring.domain.RightsRequest;
import nl.kring.store.Store;
import nl.kring.TestVaults;
import nl.kring.domain.AgendaItem;
import nl.kring.service.Services;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static nl.kring.ui.FxTestSupport.onFx;
import static nl.kring.ui.FxTestSupport.startFx;
import static nl.kring.ui.requests.RequestsFixture.SURNAME;
import static nl.kring.ui.requests.RequestsFixture.TODAY;
import static nl.kring.ui.requests.RequestsFixture.worker;
import static org.assertj.core.api.Assertions.assertThat;

/** The requests of one case on a real vault, without a stage: the fixture of the requests' ViewModel tests. */
abstract class RequestsViewModelFixture {
    @TempDir
    Path dir;
    Store store;
    Services services;
    RequestsViewModel vm;
    final AtomicBoolean dirty = new AtomicBoolean();
    final List<String> destroyed = new ArrayList<>();

    @BeforeAll
    static void fx() throws InterruptedException {
        startFx();
    }

    @BeforeEach
    void open() throws Exception {
        store = TestVaults.create(dir.resolve("vault"));
        RequestsFixture.fill(store);
        services = new Services(store);
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
        worker(x -> {
            store.close();
            return null;
        });
    }

    static <T> T fx(Callable<T> c) {
        try {
            return Platform.isFxApplicationThread() ? c.call() : onFx(c);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
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
