package nl.kring.vault;

import nl.kring.CheapKdfExtension;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.security.SecureRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 10: cheap keys only by in-process injection; a passphrase change raises old parameters. */
class KdfParamsTest {
    @Test
    void theOldSystemPropertyNoLongerLowersTheCost() {
        String before = System.getProperty("kring.argon2.fast");
        System.setProperty("kring.argon2.fast", "true");
        try {
            KdfParams.useCostForNewVaults(KdfParams.DEFAULT_MEMORY_KIB, KdfParams.DEFAULT_ITERATIONS,
                    KdfParams.DEFAULT_PARALLELISM);
            KdfParams fresh = KdfParams.fresh(new SecureRandom());
            assertThat(fresh.memoryKiB()).isEqualTo(128 * 1024);
            assertThat(fresh.iterations()).isEqualTo(3);
        } finally {
            KdfParams.useCostForNewVaults(CheapKdfExtension.MEMORY_KIB, 1, 1);
            if (before == null) {
                System.clearProperty("kring.argon2.fast");
            } else {
                System.setProperty("kring.argon2.fast", before);
            }
        }
    }

    @Test
    void aCheapVaultIsRaisedToTheCurrentCostAtTheNextPassphraseChange() throws Exception {
        var dir = Files.createTempDirectory("kdf-raise");
        try {
            char[] old = "Oude wachtzin met genoeg lengte 2026".toCharArray();
            char[] next = "Nieuwe wachtzin met nog meer lengte 2027".toCharArray();
            Vault.create(dir, old, new KdfParams(1024, 1, 1, new byte[16])).close();
            // The cost new vaults get now (in production the defaults; here a raised test cost, to stay fast).
            KdfParams.useCostForNewVaults(4096, 2, 1);
            try (VaultSession s = Vault.open(dir, old)) {
                s.changePassphrase(old, next, false);
            }
            KdfParams kdf = VaultHeader.read(dir).kdf();
            assertThat(kdf.memoryKiB()).isEqualTo(4096);
            assertThat(kdf.iterations()).isEqualTo(2);
            Vault.open(dir, next).close();
        } finally {
            KdfParams.useCostForNewVaults(CheapKdfExtension.MEMORY_KIB, 1, 1);
            Vault.deleteTree(dir);
        }
    }
}
