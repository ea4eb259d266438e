package nl.kring.vault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The vault header ({@code vault.json}): Argon2id parameters and the data key wrapped with AES-256-GCM (the
 * parameters are the GCM additional data), plus the vault's state outside the database: a random vault id, a
 * monotonic write counter and the audit chain's head ({@code seq:hash}). Two checksums: a plain SHA-256 over
 * everything, which tells accidental damage from a wrong passphrase before the slow key derivation, and a keyed one
 * (HMAC under a key derived from the data key) over everything but itself, so nobody without the key can change the
 * counter, the head or the vault id and make the header pass. Version 1 headers (no state, no keyed checksum) are
 * read and rewritten as version 2 at the next open.
 */
public record VaultHeader(int version, String vaultId, KdfParams kdf, byte[] nonce, byte[] wrappedKey, long writes,
                          String auditHead, String mac) {
    public static final String FILE_NAME = "vault.json";
    public static final int VERSION = 2;
    /** The audit head of a vault without entries. */
    public static final String EMPTY_HEAD = "0:" + "0".repeat(64);
    private static final String FORMAT = "kring-vault";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Upper bounds of what a header may ask for: about ten times the default cost, and never the whole machine. */
    static final long MAX_MEMORY_KIB = 1024 * 1024;
    static final long MAX_ITERATIONS = 20;
    static final long MAX_PARALLELISM = 8;
    static final long MAX_COST_KIB_PASSES = 4L * 1024 * 1024;

    /** Wraps a data key under the passphrase (the passphrase bytes are wiped) and seals the header. */
    public static VaultHeader wrap(byte[] dataKey, byte[] passphraseBytes, KdfParams kdf, SecureRandom random,
                                   String vaultId, long writes, String auditHead) throws GeneralSecurityException {
        byte[] kek = kdf.derive(passphraseBytes);
        try {
            return wrapWithKek(kek, dataKey, kdf, random, vaultId, writes, auditHead);
        } finally {
            Secrets.wipe(kek);
        }
    }

    /** A fresh vault id: 16 random bytes in hex. */
    public static String newVaultId(SecureRandom random) {
        byte[] id = new byte[16];
        random.nextBytes(id);
        return HexFormat.of().formatHex(id);
    }

    private static VaultHeader wrapWithKek(byte[] kek, byte[] dataKey, KdfParams kdf, SecureRandom random,
                                           String vaultId, long writes, String auditHead) throws GeneralSecurityException {
        byte[] nonce = new byte[12];
        random.nextBytes(nonce);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(128, nonce));
        cipher.updateAAD(additionalData(VERSION, kdf));
        return new VaultHeader(VERSION, vaultId, kdf, nonce, cipher.doFinal(dataKey), writes, auditHead, null)
                .sealed(dataKey);
    }

    /** The same header with a new write counter and audit head, sealed again. */
    public VaultHeader withState(long newWrites, String newHead, byte[] dataKey) {
        return new VaultHeader(version, vaultId, kdf, nonce, wrappedKey, newWrites, newHead, null).sealed(dataKey);
    }

    private VaultHeader sealed(byte[] dataKey) {
        return new VaultHeader(version, vaultId, kdf, nonce, wrappedKey, writes, auditHead, keyedChecksum(dataKey));
    }

    /**
     * Derives the key-encryption key and unwraps the data key. A version 1 header comes back rewrapped as version 2
     * (same key-encryption key, no second derivation) in {@code upgraded[0]}. The passphrase bytes are wiped.
     */
    public byte[] unwrap(byte[] passphraseBytes, VaultHeader[] upgraded) throws VaultException {
        try {
            checkAffordable();
        } catch (VaultException e) {
            Secrets.wipe(passphraseBytes);
            throw e;
        }
        byte[] kek;
        try {
            kek = kdf.derive(passphraseBytes);
        } catch (OutOfMemoryError e) {
            throw new VaultException(VaultException.Kind.DAMAGED, "The header asks for " + kdf.memoryKiB() / 1024
                    + " MiB for the key derivation, more than this computer can give; it was changed or damaged.");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(additionalData(version, kdf));
            byte[] dataKey = cipher.doFinal(wrappedKey);
            if (upgraded != null) {
                upgraded[0] = version == VERSION ? this
                        : wrapWithKek(kek, dataKey, kdf, new SecureRandom(), newVaultId(new SecureRandom()), 0, null);
            }
            return dataKey;
        } catch (AEADBadTagException e) {
            throw new VaultException(VaultException.Kind.WRONG_PASSPHRASE, null);
        } catch (GeneralSecurityException e) {
            throw new VaultException(VaultException.Kind.DAMAGED, "The key in the header cannot be read.", e);
        } finally {
            Secrets.wipe(kek);
        }
    }

    /** The data key, or WRONG_PASSPHRASE. The passphrase bytes are wiped. */
    public byte[] unwrap(byte[] passphraseBytes) throws VaultException {
        return unwrap(passphraseBytes, null);
    }

    /** Refuses a derivation this Java process cannot hold in memory, before it is tried. */
    private void checkAffordable() throws VaultException {
        try {
            checkAffordable(kdf.memoryKiB(), available());
        } catch (VaultException tooMuch) {
            // the heap in use counts garbage not yet collected (a full test JVM refused 1 MiB with 13 MiB "free"):
            // only what is left after a collection is a real limit
            System.gc();
            checkAffordable(kdf.memoryKiB(), available());
        }
    }

    private static long available() {
        Runtime rt = Runtime.getRuntime();
        return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    }

    static void checkAffordable(int memoryKiB, long free) throws VaultException {
        if (memoryKiB * 1024L > free - 32L * 1024 * 1024) {
            throw new VaultException(VaultException.Kind.DAMAGED, "The header asks for " + memoryKiB / 1024
                    + " MiB for the key derivation, more than this Java process may use (" + free / (1024 * 1024)
                    + " MiB free); it was changed or damaged.");
        }
    }

    /** After the unwrap: the keyed checksum of a version 2 header must match, or the header was changed outside Kring. */
    public void checkKeyed(byte[] dataKey) throws VaultException {
        if (version < 2) {
            return;
        }
        if (mac == null || !MessageDigest.isEqual(mac.getBytes(StandardCharsets.US_ASCII),
                keyedChecksum(dataKey).getBytes(StandardCharsets.US_ASCII))) {
            throw new VaultException(VaultException.Kind.DAMAGED,
                    "The header (vault.json) was changed outside Kring: its keyed checksum does not match.");
        }
    }

    /** A fingerprint of the key derivation's inputs (parameters and salt), for the per-user record. */
    public String kdfFingerprint() {
        return HexFormat.of().formatHex(Sha256.of(additionalData(1, kdf)), 0, 8);
    }

    /** The audit head's sequence number, 0 when unknown or empty. */
    public long headSeq() {
        return auditHead == null ? 0 : Long.parseLong(auditHead.substring(0, auditHead.indexOf(':')));
    }

    private static byte[] additionalData(int version, KdfParams kdf) {
        String aad = FORMAT + "|" + version + "|argon2id|" + kdf.memoryKiB() + "|" + kdf.iterations() + "|"
                + kdf.parallelism() + "|" + Base64.getEncoder().encodeToString(kdf.salt());
        return aad.getBytes(StandardCharsets.UTF_8);
    }

    private String keyedChecksum(byte[] dataKey) {
        byte[] key = Vault.subkey(dataKey, "vault-header");
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(hmac.doFinal(JSON.writeValueAsBytes(body(false))));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } finally {
            Secrets.wipe(key);
        }
    }

    public byte[] toJson() {
        ObjectNode root = body(true);
        root.put("checksum", checksum(root));
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode body(boolean withMac) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", version);
        if (vaultId != null) {
            root.put("vaultId", vaultId);
        }
        ObjectNode k = root.putObject("kdf");
        k.put("algorithm", "argon2id");
        k.put("memoryKiB", kdf.memoryKiB());
        k.put("iterations", kdf.iterations());
        k.put("parallelism", kdf.parallelism());
        k.put("salt", Base64.getEncoder().encodeToString(kdf.salt()));
        ObjectNode w = root.putObject("wrappedKey");
        w.put("cipher", "AES-256-GCM");
        w.put("nonce", Base64.getEncoder().encodeToString(nonce));
        w.put("ciphertext", Base64.getEncoder().encodeToString(wrappedKey));
        if (version >= 2) {
            ObjectNode s = root.putObject("state");
            s.put("writes", writes);
            s.put("auditHead", auditHead == null ? EMPTY_HEAD : auditHead);
            if (withMac) {
                root.put("keyedChecksum", mac);
            }
        }
        return root;
    }

    private static String checksum(JsonNode bodyWithoutChecksum) {
        try {
            byte[] canonical = JSON.writeValueAsBytes(bodyWithoutChecksum);
            return Sha256.hex(canonical);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static VaultHeader parse(byte[] json) throws VaultException {
        try {
            JsonNode root = JSON.readTree(json);
            if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
                throw new VaultException(VaultException.Kind.DAMAGED, "The header is not a Kring vault header.");
            }
            String stored = root.path("checksum").asText("");
            int version = root.path("version").asInt(-1);
            if (version != 1 && version != VERSION) {
                throw new VaultException(VaultException.Kind.DAMAGED, "Unknown vault version " + version + ".");
            }
            JsonNode k = root.path("kdf");
            JsonNode w = root.path("wrappedKey");
            if (!"argon2id".equals(k.path("algorithm").asText())) {
                throw new VaultException(VaultException.Kind.DAMAGED, "Unknown key derivation.");
            }
            long memory = k.path("memoryKiB").asLong(-1);
            long passes = k.path("iterations").asLong(-1);
            long lanes = k.path("parallelism").asLong(-1);
            if (memory < 8 || passes < 1 || lanes < 1 || memory > MAX_MEMORY_KIB || passes > MAX_ITERATIONS
                    || lanes > MAX_PARALLELISM || memory * passes > MAX_COST_KIB_PASSES) {
                throw new VaultException(VaultException.Kind.DAMAGED, "The header asks for key-derivation parameters"
                        + " no Kring vault uses (" + memory + " KiB, " + passes + " passes, " + lanes
                        + " lanes); it was changed or damaged.");
            }
            KdfParams kdf = new KdfParams((int) memory, (int) passes, (int) lanes,
                    Base64.getDecoder().decode(k.path("salt").asText()));
            String vaultId = root.hasNonNull("vaultId") ? root.path("vaultId").asText() : null;
            long writes = 0;
            String head = null;
            String mac = null;
            if (version >= 2) {
                JsonNode s = root.path("state");
                writes = s.path("writes").asLong(-1);
                head = s.path("auditHead").asText("");
                mac = root.path("keyedChecksum").asText("");
                if (vaultId == null || !vaultId.matches("[0-9a-f]{32}") || writes < 0 || !head.matches("\\d{1,18}:[0-9a-f]{64}")) {
                    throw new VaultException(VaultException.Kind.DAMAGED, "The header's vault state cannot be read.");
                }
            }
            VaultHeader header = new VaultHeader(version, vaultId, kdf, Base64.getDecoder().decode(w.path("nonce").asText()),
                    Base64.getDecoder().decode(w.path("ciphertext").asText()), writes, head, mac);
            // Recompute over the same canonical body; any changed byte in a field shows here.
            if (!MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII),
                    checksum(header.body(true)).getBytes(StandardCharsets.US_ASCII))) {
                throw new VaultException(VaultException.Kind.DAMAGED, "The header checksum does not match.");
            }
            if (header.nonce.length != 12 || header.wrappedKey.length != 48) {
                throw new VaultException(VaultException.Kind.DAMAGED, "The wrapped key has the wrong size.");
            }
            return header;
        } catch (VaultException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new VaultException(VaultException.Kind.DAMAGED, "The header cannot be read.", e);
        }
    }

    public static VaultHeader read(Path vaultDir) throws VaultException {
        try {
            return parse(Files.readAllBytes(vaultDir.resolve(FILE_NAME)));
        } catch (NoSuchFileException e) {
            throw new VaultException(VaultException.Kind.NOT_FOUND, vaultDir.toString());
        } catch (IOException e) {
            throw new VaultException(VaultException.Kind.IO, e.getMessage(), e);
        }
    }

    public void write(Path vaultDir) throws IOException {
        AtomicFiles.write(vaultDir.resolve(FILE_NAME), toJson());
    }
}
