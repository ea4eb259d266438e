package nl.kring.vault;

import nl.kring.audit.AuditLog;
import nl.kring.store.Store;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 10: a passphrase change with a new key, killed at each step in a real child JVM ({@link RekeyKiller} halts
 * there). Afterwards exactly one passphrase opens the vault, the old one before the commit and the new one from it,
 * with every row and a clean verify. The in-process twin is VaultAttackTest.aCrashAtEveryStepOfANewKeyLeavesOneWholeVault.
 */
class RekeyKillIT {
    static final String OLD = "Oude wachtzin van de voorzitter 2025";
    static final String NEW = "Nieuwe wachtzin van de voorzitter 2026";

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(value = Rekey.Step.class, names = "DONE", mode = EnumSource.Mode.EXCLUDE)
    void killedAtEveryStepTheVaultIsOldOrNewAndWhole(Rekey.Step killAt) throws Exception {
        Path dir = tmp.resolve("v");
        Path record = tmp.resolve("record.properties");
        VaultWitness w = new VaultWitness(record);
        try (VaultSession s = Vault.create(dir, OLD.toCharArray(), KdfParams.fresh(new SecureRandom()), w)) {
            for (int i = 0; i < 200; i++) {
                s.dsl().execute("INSERT INTO setting(name, setting_value) VALUES (?, ?)", "n" + i, "waarde " + i);
            }
            new Store(s).audit().append(AuditLog.Action.CASE_CHANGED, "2026-001", null);
        }
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                RekeyKiller.class.getName(), dir.toString(), record.toString(), killAt.name()))
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.txt").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(tmp.resolve("child.txt"))).isEqualTo(137);

        boolean committed = killAt.compareTo(Rekey.Step.COMMITTED) >= 0;
        String works = committed ? NEW : OLD;
        String fails = committed ? OLD : NEW;
        assertThatThrownBy(() -> Vault.open(dir, fails.toCharArray(), w, false)).isInstanceOfSatisfying(VaultException.class,
                e -> assertThat(e.kind()).isEqualTo(VaultException.Kind.WRONG_PASSPHRASE));
        try (VaultSession s = Vault.open(dir, works.toCharArray(), w, false)) {
            for (int i = 0; i < 200; i++) {
                assertThat(s.dsl().fetchValue("SELECT setting_value FROM setting WHERE name = ?", "n" + i))
                        .isEqualTo("waarde " + i);
            }
            assertThat(new Store(s).verify()).isEmpty();
        }
        assertThat(dir.resolve(Rekey.STAGING)).doesNotExist();
        System.out.println("[rekey-kill] killed at " + killAt + ": " + (committed ? "new" : "old")
                + " passphrase opens, 200 rows, verify clean");
    }
}
