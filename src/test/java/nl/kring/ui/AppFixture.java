package nl.kring.ui;

import javafx.stage.Stage;
import nl.kring.TestVaults;
import nl.kring.domain.Phase;
import nl.kring.domain.Role;
import nl.kring.store.Store;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The whole application on a TestFX stage over a real encrypted vault made for the test (issue 16: the seeding the
 * screen tests each repeated): the vault in {@code dir}/vault is made and filled, closed, and the application is built
 * over it, locked, with its settings in {@code dir}.
 */
public final class AppFixture {
    /** What a test puts in the new vault before the application opens it. */
    @FunctionalInterface
    public interface Seed {
        void into(Store store) throws Exception;
    }

    private AppFixture() {
    }

    /** The vault in {@code dir}/vault, seeded; the application shown on {@code stage} at its unlock screen. */
    public static AppContext start(Stage stage, Path dir, Seed seed) throws Exception {
        Path vault = dir.resolve("vault");
        try (Store store = TestVaults.create(vault)) {
            seed.into(store);
        }
        AppContext context = KringApplication.buildOn(stage, Settings.load(dir.resolve("s.properties")), vault, false);
        stage.show();
        return context;
    }

    /** Partners that signed on 1 January 2025 and have not left, one per id and role. */
    public static void partner(Store store, String id, Role role) {
        store.partners().save(TestVaults.partner(id, role, LocalDate.of(2025, 1, 1), null));
    }

    /** Cases in screening with consent and the GGD ({@code ggd}) in their kring: a case number and a surname each. */
    public static void screeningCases(Store store, String... numbersAndSurnames) {
        for (int i = 0; i < numbersAndSurnames.length; i += 2) {
            store.cases().save(TestVaults.caseFile(numbersAndSurnames[i],
                    TestVaults.client(null, null, null, numbersAndSurnames[i + 1], List.of()),
                    Phase.SCREENING, true, null, List.of("ggd")));
        }
    }
}
