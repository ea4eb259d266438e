package nl.kring.ui.cases;

import nl.kring.domain.CaseFile;
import nl.kring.service.CaseServiceTest;
import nl.kring.store.Store;
import nl.kring.ui.FxTestSupport;
import nl.kring.TestVaults;
import nl.kring.domain.Role;
import nl.kring.service.Services;
import nl.kring.ui.common.SameThreadExecutor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static nl.kring.ui.FxTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

/** The case service refuses in types; the case register says it in Dutch and nothing is overwritten. */
class CaseSaveRefusedTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void fx() throws Exception {
        FxTestSupport.startFx();
    }

    @Test
    void aNewCaseWhoseNumberWasTakenMeanwhileIsRefusedInDutch() throws Exception {
        try (Store store = TestVaults.create(dir.resolve("v"))) {
            var ggd = TestVaults.partner("ggd", Role.GGD, LocalDate.of(2025, 1, 1), null);
            store.partners().save(ggd);
            CasesViewModel vm = onFx(() -> {
                CasesViewModel m = new CasesViewModel(new SameThreadExecutor(), new Services(store), () -> CaseServiceTest.TODAY);
                m.load();
                return m;
            });
            assertThat(onFx(() -> vm.rows().size())).isZero();
            // written after the register was read: the form does not know the number is taken
            CaseFile first = CaseServiceTest.jozef(null, "ernstige zelfverwaarlozing");
            store.cases().save(first);
            int entries = store.audit().entries().size();
            CaseFile second = CaseServiceTest.jozef(null, "een ander evident belang");
            onFx(() -> {
                vm.form().edit(second, List.of(ggd));
                vm.form().isNewProperty().set(true);
                vm.save();
                return null;
            });
            assertThat(onFx(() -> vm.messageProperty().get())).isEqualTo("Casusnummer 2026-020 bestaat al.");
            assertThat(onFx(() -> vm.messageIsErrorProperty().get())).isTrue();
            assertThat(store.cases().find("2026-020").orElseThrow().evidentInterest()).isEqualTo("ernstige zelfverwaarlozing");
            assertThat(store.audit().entries()).hasSize(entries);
        }
    }
}
