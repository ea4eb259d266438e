package nl.kring.ui.matrix;

import nl.kring.ui.common.SameThreadExecutor;
import nl.kring.TestVaults;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.RelevanceMatrix;
import nl.kring.domain.Role;
import nl.kring.domain.Visibility;
import nl.kring.service.MatrixService;
import nl.kring.store.Store;
import nl.kring.ui.FxTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static nl.kring.ui.FxTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

class MatrixViewModelTest {
    @TempDir
    Path tmp;

    @BeforeAll
    static void fx() throws Exception {
        FxTestSupport.startFx();
    }

    @Test
    void aChangeNeedsAReasonIsStoredAndAudited() throws Exception {
        Path dir = tmp.resolve("v");
        try (Store store = TestVaults.create(dir)) {
            MatrixViewModel vm = onFx(() -> new MatrixViewModel(new SameThreadExecutor(), new MatrixService(store)));
            assertThat(onFx(() -> vm.change(Role.POLITIE, LifeDomain.GEESTELIJK_FUNCTIONEREN, Visibility.VOLLEDIG, " "))).isFalse();
            assertThat(vm.messageProperty().get()).contains("vraagt een reden");
            assertThat(onFx(() -> vm.change(Role.POLITIE, LifeDomain.GEESTELIJK_FUNCTIONEREN, Visibility.GEEN,
                    "wijkagent hoeft psychische details niet te kennen"))).isTrue();
            assertThat(vm.messageProperty().get().contains("vastgelegd")).isTrue();
        }
        try (Store store = TestVaults.open(dir)) {
            assertThat(store.matrix().load().get(Role.POLITIE, LifeDomain.GEESTELIJK_FUNCTIONEREN)).isEqualTo(Visibility.GEEN);
            var entry = store.audit().entries().getLast();
            assertThat(entry.action()).isEqualTo("MATRIX_CHANGED");
            assertThat(entry.detail()).contains("POLITIE/GEESTELIJK_FUNCTIONEREN: SIGNAAL -> GEEN")
                    .contains("wijkagent hoeft psychische details niet te kennen");
            MatrixViewModel vm = onFx(() -> new MatrixViewModel(new SameThreadExecutor(), new MatrixService(store)));
            assertThat(onFx(() -> vm.resetToDefault("terug naar de afspraak uit het convenant"))).isTrue();
            assertThat(vm.messageProperty().get().contains("hersteld")).isTrue();
            assertThat(store.matrix().load()).isEqualTo(RelevanceMatrix.defaults());
            assertThat(store.audit().entries().getLast().action()).isEqualTo("MATRIX_RESET");
            assertThat(store.audit().verify()).isEmpty();
        }
    }
}
