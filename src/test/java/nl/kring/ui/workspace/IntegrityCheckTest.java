package nl.kring.ui.workspace;

import nl.kring.TestVaults;
import nl.kring.audit.AuditLog;
import nl.kring.domain.Phase;
import nl.kring.domain.Role;
import nl.kring.report.AuditWords;
import nl.kring.service.Services;
import nl.kring.store.Store;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.SameThreadExecutor;
import nl.kring.vault.Vault;
import nl.kring.vault.VaultWitness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The full integrity check after an unlock (issue 17): the open reads one kept sum per table, so a flipped byte in a
 * data row opens; the check after the unlock finds it, says so in Dutch and audits it. A sound vault shows nothing
 * and gets no entry.
 */
class IntegrityCheckTest {
    @TempDir
    Path tmp;
    private Locale before;

    @BeforeEach
    void dutch() {
        before = I18n.locale();
        I18n.use(Locale.of("nl"));
    }

    @AfterEach
    void back() {
        I18n.use(before);
    }

    private Path vaultWithCases() throws Exception {
        Path dir = tmp.resolve("original");
        try (Store store = TestVaults.create(dir)) {
            store.partners().save(TestVaults.partner("ggd", Role.GGD, LocalDate.of(2020, 1, 1), null));
            for (int i = 0; i < 150; i++) {
                store.cases().save(TestVaults.caseFile(String.format("2026-%03d", i + 1),
                        TestVaults.client("Voornaam" + i, null, null, "Achternaam" + i, List.of()),
                        Phase.INTAKE, true, "zorgen over de woning en de gezondheid, ".repeat(4) + i, List.of("ggd")));
            }
        }
        return dir;
    }

    @Test
    void aSoundVaultShowsNothingAndGetsNoEntry() throws Exception {
        Path dir = vaultWithCases();
        try (Store store = TestVaults.open(dir)) {
            IntegrityCheck check = new IntegrityCheck(new SameThreadExecutor(), new Services(store));
            check.start();
            assertThat(check.messageProperty().get()).isEmpty();
            assertThat(store.audit().entries()).extracting(AuditLog.Entry::action)
                    .doesNotContain(AuditLog.Action.INTEGRITY_FAULT.name());
        }
    }

    @Test
    void aFlippedByteThatTheOpenLetsThroughIsShownInDutchAndAudited() throws Exception {
        Path dir = tmp.resolve("flipped");
        List<String> problems = FlippedVault.make(vaultWithCases(), dir, tmp, TestVaults.PASSPHRASE, 20261205L);
        try (Store store = new Store(Vault.open(dir, TestVaults.PASSPHRASE.toCharArray(),
                new VaultWitness(tmp.resolve("record.properties")), false))) {
            IntegrityCheck check = new IntegrityCheck(new SameThreadExecutor(), new Services(store));
            check.start();
            assertThat(check.messageProperty().get())
                    .startsWith("Controle na het ontgrendelen: de kluis is beschadigd of buiten Kring gewijzigd (")
                    .contains(problems.size() == 1 ? "(1 probleem)" : "(" + problems.size() + " problemen)");
            AuditLog.Entry last = store.audit().entries().getLast();
            assertThat(last.action()).isEqualTo(AuditLog.Action.INTEGRITY_FAULT.name());
            assertThat(last.detail()).startsWith("verify after unlock: " + problems.size() + " problem(s)");
            assertThat(AuditWords.of(store.partners().all()).detail(last.action(), last.detail()))
                    .startsWith("controle na het ontgrendelen: ");
            store.session().abandon();
        }
    }
}
