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

    /** Defaults, or tiny ones when the tests ask for them with -Dkring.argon2.fast=true. */
    public static KdfParams fresh(SecureRandom random) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        if (Boolean.getBoolean("kring.argon2.fast")) {
            return new KdfParams(1024, 1, 1, salt);
        }
        return new KdfParams(DEFAULT_MEMORY_KIB, DEFAULT_ITERATIONS, DEFAULT_PARALLELISM, salt);
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
