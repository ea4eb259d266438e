package nl.kring.vault;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

import java.security.SecureRandom;

/** Argon2id parameters, stored in the vault header so they can be raised later without breaking old vaults. */
public record KdfParams(int memoryKiB, int iterations, int parallelism, byte[] salt) {
    /** Measured on the development machine at about 0.6 s per derivation (see docs/vault.md). */
    public static final int DEFAULT_MEMORY_KIB = 128 * 1024;
    public static final int DEFAULT_ITERATIONS = 3;
    public static final int DEFAULT_PARALLELISM = 1;

    public KdfParams {
        if (memoryKiB < 8 || iterations < 1 || parallelism < 1 || salt == null || salt.length < 16) {
            throw new IllegalArgumentException("invalid Argon2 parameters");
        }
        if (memoryKiB > 4 * 1024 * 1024 || iterations > 100 || parallelism > 16) {
            // A tampered header must not make the unlock consume the machine.
            throw new IllegalArgumentException("Argon2 parameters out of range");
        }
    }

    /**
     * The cost a new vault gets, and the floor a passphrase change raises an older vault to. The shipped app never
     * changes it: no system property or argument reaches it. Tests lower it in-process through
     * {@link #useCostForNewVaults} (a JUnit extension in src/test), so their many vaults open in milliseconds.
     */
    private static volatile int[] newVaultCost = {DEFAULT_MEMORY_KIB, DEFAULT_ITERATIONS, DEFAULT_PARALLELISM};

    /** For tests only: the Argon2 cost of vaults created from now on in this JVM (and the floor of a passphrase change). */
    public static void useCostForNewVaults(int memoryKiB, int iterations, int parallelism) {
        new KdfParams(memoryKiB, iterations, parallelism, new byte[16]); // range check
        newVaultCost = new int[] {memoryKiB, iterations, parallelism};
    }

    /** Fresh salt, the cost for new vaults (the defaults unless a test lowered it in-process). */
    public static KdfParams fresh(SecureRandom random) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        int[] cost = newVaultCost;
        return new KdfParams(cost[0], cost[1], cost[2], salt);
    }

    /** True when any of the three costs is below what a new vault gets now. */
    public boolean belowCurrentCost() {
        int[] cost = newVaultCost;
        return memoryKiB < cost[0] || iterations < cost[1] || parallelism < cost[2];
    }

    /**
     * These parameters with a fresh salt, each cost raised to at least what a new vault gets now: a vault made with
     * cheaper parameters (an old default, or a test's) is brought up to date at its next passphrase change.
     */
    public KdfParams raisedWithSalt(byte[] newSalt) {
        int[] cost = newVaultCost;
        return new KdfParams(Math.max(memoryKiB, cost[0]), Math.max(iterations, cost[1]),
                Math.max(parallelism, cost[2]), newSalt);
    }

    public KdfParams withSalt(byte[] newSalt) {
        return new KdfParams(memoryKiB, iterations, parallelism, newSalt);
    }

    /** The 256-bit key-encryption key. The passphrase bytes are wiped here. */
    public byte[] derive(byte[] passphraseBytes) {
        try {
            Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                    .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                    .withMemoryAsKB(memoryKiB)
                    .withIterations(iterations)
                    .withParallelism(parallelism)
                    .withSalt(salt)
                    .build();
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(params);
            byte[] key = new byte[32];
            generator.generateBytes(passphraseBytes, key);
            return key;
        } finally {
            Secrets.wipe(passphraseBytes);
        }
    }
}
