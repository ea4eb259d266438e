package nl.kring.ui.workspace;

import nl.kring.TestVaults;
import nl.kring.audit.AuditLog;
import nl.kring.domain.Phase;
import nl.kring.domain.Role;
import nl.kring.report.AuditWords;
import nl.kring.store.Store;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.SameThreadExecutor;
import nl.kring.vault.IntegrityManifest;
import nl.kring.vault.Vault;
import nl.kring.vault.VaultException;
import nl.kring.vault.VaultHeader;
import nl.kring.vault.VaultWitness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

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
            store.partners().save(nl.kring.ui.TestVaults.partner("ggd", Role.GGD, LocalDate.of(2020, 1, 1), null));
            for (int i = 0; i < 150; i++) {
                store.cases().save(nl.kring.ui.TestVaults.caseFile(String.format("2026-%03d", i + 1),
                        nl.kring.ui.TestVaults.client("Voornaam" + i, null, null, "Achternaam" + i, List.of()),
                        Phase.INTAKE, true, "zorgen over de woning en de gezondheid, ".repeat(4) + i, List.of("ggd")));
            }
        }
        return dir;
    }

    @Test
    void aSoundVaultShowsNothingAndGetsNoEntry() throws Exception {
        Path dir = vaultWithCases();
        try (Store store = TestVaults.open(dir)) {
            IntegrityCheck check = new IntegrityCheck(new SameThreadExecutor(), store);
            check.start();
            assertThat(check.messageProperty().get()).isEmpty();
            assertThat(store.audit().entries()).extracting(AuditLog.Entry::action)
                    .doesNotContain(AuditLog.Action.INTEGRITY_FAULT.name());
        }
    }

    @Test
    void aFlippedByteThatTheOpenLetsThroughIsShownInDutchAndAudited() throws Exception {
        Path original = vaultWithCases();
        byte[] content = Files.readAllBytes(original.resolve(Vault.DB_FILE));
        Random random = new Random(20261205L);
        Path dir = tmp.resolve("flipped");
        int tried = 0;
        int refused = 0;
        for (; tried < 400; tried++) {
            copyWithFlip(original, dir, content, random);
            // The oracle: the vault opens, its trail reads, and kring verify's own check finds a problem.
            List<String> problems;
            try (Store store = openFresh(dir)) {
                store.audit().entries();
                problems = store.verify();
                store.session().abandon();
            } catch (VaultException | RuntimeException e) {
                refused++;
                continue; // refused at the open, or unreadable at once: not the case this test is about
            }
            if (problems.isEmpty()) {
                continue; // harmless
            }
            copyAgain(original, dir);
            Files.write(dir.resolve(Vault.DB_FILE), Files.readAllBytes(tmp.resolve("last-flip")));
            try (Store store = openFresh(dir)) {
                IntegrityCheck check = new IntegrityCheck(new SameThreadExecutor(), store);
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
            System.out.println("[integrity-check] flip found by the check after " + (tried + 1) + " tries: "
                    + problems.getFirst());
            return;
        }
        throw new AssertionError("no flip in " + tried + " tries opened and failed verify (seed 20261205; "
                + refused + " refused or unreadable, the rest harmless)");
    }

    /** Every copy is the same moment of the vault: each open gets its own record of what this computer saw. */
    private Store openFresh(Path dir) throws VaultException {
        return new Store(Vault.open(dir, TestVaults.PASSPHRASE.toCharArray(),
                new VaultWitness(tmp.resolve("record-" + records++ + ".properties")), false));
    }

    private int records;

    private void copyWithFlip(Path original, Path dir, byte[] content, Random random) throws Exception {
        copyAgain(original, dir);
        byte[] flipped = content.clone();
        int offset = random.nextInt(content.length);
        flipped[offset] ^= (byte) (1 + random.nextInt(255));
        Files.write(dir.resolve(Vault.DB_FILE), flipped);
        Files.write(tmp.resolve("last-flip"), flipped);
    }

    private static void copyAgain(Path original, Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir);
        for (String f : List.of(VaultHeader.FILE_NAME, IntegrityManifest.FILE_NAME)) {
            Files.copy(original.resolve(f), dir.resolve(f));
        }
    }
}
