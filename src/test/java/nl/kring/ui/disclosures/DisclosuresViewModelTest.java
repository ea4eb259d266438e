package nl.kring.ui.disclosures;

import nl.kring.ui.common.SameThreadExecutor;
import nl.kring.domain.Disclosure;
import nl.kring.domain.DisclosureBasis;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.Phase;
import nl.kring.domain.Role;
import nl.kring.store.Store;
import nl.kring.ui.FxTestSupport;
import nl.kring.TestVaults;
import nl.kring.service.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static nl.kring.ui.FxTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

/** The register's filters against a real vault, without a stage. */
class DisclosuresViewModelTest {
    @TempDir
    Path dir;
    Store store;
    DisclosuresViewModel vm;

    @BeforeAll
    static void fx() throws Exception {
        FxTestSupport.startFx();
    }

    @BeforeEach
    void setUp() throws Exception {
        store = TestVaults.create(dir.resolve("v"));
        store.partners().save(TestVaults.partner("ggd", Role.GGD, LocalDate.of(2025, 1, 1), null));
        store.partners().save(TestVaults.partner("woco", Role.WONINGCORPORATIE, LocalDate.of(2025, 1, 1), null));
        for (String n : List.of("2026-001", "2026-002")) {
            store.cases().save(TestVaults.caseFile(n, TestVaults.client("Jan", null, null, "Vries", List.of()),
                    Phase.SCREENING, false, "acuut", List.of("ggd", "woco")));
        }
        record("2026-001", "woco", DisclosureBasis.EVIDENT_BELANG, LocalDate.of(2026, 10, 1), null);
        record("2026-001", "ggd", DisclosureBasis.CONFLICT_VAN_PLICHTEN, LocalDate.of(2026, 11, 1), null);
        record("2026-002", "woco", DisclosureBasis.EVIDENT_BELANG, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 20));
        vm = onFx(() -> new DisclosuresViewModel(new SameThreadExecutor(), new Services(store)));
        onFx(() -> {
            vm.load();
            return null;
        });
        waitForRows(3);
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    void record(String number, String to, DisclosureBasis basis, LocalDate on, LocalDate meeting) {
        store.disclosures().record(number, meeting, new Disclosure(List.of(LifeDomain.HUISVESTING), List.of(to), basis,
                "waarom", "niet bereikbaar", "M. Bos", on, false));
    }

    void waitForRows(int n) throws Exception {
        assertThat(onFx(() -> vm.busyProperty().get())).isFalse();
        assertThat(onFx(() -> vm.rows().size())).isEqualTo(n);
    }

    List<String> shown() throws Exception {
        return onFx(() -> vm.rows().stream().map(r -> r.caseNumber() + " " + r.date()).toList());
    }

    @Test
    void showsEveryNoteNewestFirstWithPartnerNamesAndMeeting() throws Exception {
        assertThat(shown()).containsExactly("2026-002 20-11-2026", "2026-001 01-11-2026", "2026-001 01-10-2026");
        DisclosureRow first = onFx(() -> vm.rows().getFirst());
        assertThat(first.to()).isEqualTo("Partner woco");
        assertThat(first.basis()).isEqualTo("Evident belang");
        assertThat(first.categories()).isEqualTo("Huisvesting");
        assertThat(first.decidedBy()).isEqualTo("M. Bos");
        assertThat(first.meeting()).isEqualTo("20-11-2026");
        assertThat(onFx(() -> vm.rows().get(1).meeting())).isEqualTo("buiten overleg");
        assertThat(onFx(() -> List.copyOf(vm.caseNumbers()))).containsExactly("2026-001", "2026-002");
    }

    @Test
    void filtersCombine() throws Exception {
        onFx(() -> {
            vm.caseFilterProperty().set("2026-001");
            return null;
        });
        waitForRows(2);
        onFx(() -> {
            vm.partnerFilterProperty().set(vm.partners().stream().filter(p -> p.id().equals("woco")).findFirst().orElseThrow());
            return null;
        });
        waitForRows(1);
        assertThat(shown()).containsExactly("2026-001 01-10-2026");
        onFx(() -> {
            vm.clearFilters();
            vm.basisFilterProperty().set(DisclosureBasis.EVIDENT_BELANG);
            vm.fromProperty().set("2-10-2026");
            return null;
        });
        waitForRows(1);
        assertThat(shown()).containsExactly("2026-002 20-11-2026");
        onFx(() -> {
            vm.basisFilterProperty().set(null);
            vm.toProperty().set("01-11-2026"); // inclusive
            return null;
        });
        waitForRows(1);
        assertThat(shown()).containsExactly("2026-001 01-11-2026");
    }

    @Test
    void anImpossibleDateSaysSoAndShowsNothing() throws Exception {
        onFx(() -> {
            vm.fromProperty().set("31-02-2026");
            return null;
        });
        waitForRows(0);
        assertThat(onFx(() -> vm.filterProblemProperty().get())).isEqualTo("„31-02-2026\" is geen bestaande datum (dd-mm-jjjj).");
        onFx(() -> {
            vm.fromProperty().set("01-12-2026");
            vm.toProperty().set("01-11-2026");
            return null;
        });
        assertThat(onFx(() -> vm.filterProblemProperty().get())).isEqualTo("De van-datum ligt na de tot-datum.");
        onFx(() -> {
            vm.clearFilters();
            return null;
        });
        waitForRows(3);
        assertThat(onFx(() -> vm.filterProblemProperty().get())).isEmpty();
    }
}
