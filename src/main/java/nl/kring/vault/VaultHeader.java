package nl.kring.vault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
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
 * The vault header ({@code vault.json}): Argon2id parameters and the data key wrapped with AES-256-GCM.
 * The parameters are the GCM additional data, so changing any of them makes the unwrap fail; a SHA-256
 * checksum over the whole header tells a damaged file apart from a wrong passphrase.
 */
public record VaultHeader(int version, KdfParams kdf, byte[] nonce, byte[] wrappedKey) {
    public static final String FILE_NAME = "vault.json";
    public static final int VERSION = 1;
    private static final String FORMAT = "kring-vault";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Wraps a fresh data key under the passphrase. The passphrase bytes are wiped. */
    public static VaultHeader wrap(byte[] dataKey, byte[] passphraseBytes, KdfParams kdf, SecureRandom random)
            throws GeneralSecurityException {
        byte[] kek = kdf.derive(passphraseBytes);
        try {
            byte[] nonce = new byte[12];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(additionalData(VERSION, kdf));
            return new VaultHeader(VERSION, kdf, nonce, cipher.doFinal(dataKey));
        } finally {
            Secrets.wipe(kek);
        }
    }

    /** The data key, or WRONG_PASSPHRASE. The passphrase bytes are wiped. */
    public byte[] unwrap(byte[] passphraseBytes) throws VaultException {
        byte[] kek = kdf.derive(passphraseBytes);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(additionalData(version, kdf));
            return cipher.doFinal(wrappedKey);
        } catch (AEADBadTagException e) {
            throw new VaultException(VaultException.Kind.WRONG_PASSPHRASE, null);
        } catch (GeneralSecurityException e) {
            throw new VaultException(VaultException.Kind.DAMAGED, "The key in the header cannot be read.", e);
        } finally {
            Secrets.wipe(kek);
        }
    }

    private static byte[] additionalData(int version, KdfParams kdf) {
        String aad = FORMAT + "|" + version + "|argon2id|" + kdf.memoryKiB() + "|" + kdf.iterations() + "|"
                + kdf.parallelism() + "|" + Base64.getEncoder().encodeToString(kdf.salt());
        return aad.getBytes(StandardCharsets.UTF_8);
    }

    public byte[] toJson() {
        ObjectNode root = body();
        root.put("checksum", checksum(root));
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode body() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", version);
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
        return root;
    }

    private static String checksum(JsonNode bodyWithoutChecksum) {
        try {
            byte[] canonical = JSON.writeValueAsBytes(bodyWithoutChecksum);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (IOException | GeneralSecurityException e) {
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
            ObjectNode body = ((ObjectNode) root).deepCopy();
            body.remove("checksum");
            int version = root.path("version").asInt(-1);
            if (version != VERSION) {
                throw new VaultException(VaultException.Kind.DAMAGED, "Unknown vault version " + version + ".");
            }
            JsonNode k = root.path("kdf");
            JsonNode w = root.path("wrappedKey");
            if (!"argon2id".equals(k.path("algorithm").asText())) {
                throw new VaultException(VaultException.Kind.DAMAGED, "Unknown key derivation.");
            }
            KdfParams kdf = new KdfParams(k.path("memoryKiB").asInt(), k.path("iterations").asInt(),
                    k.path("parallelism").asInt(), Base64.getDecoder().decode(k.path("salt").asText()));
            VaultHeader header = new VaultHeader(version, kdf, Base64.getDecoder().decode(w.path("nonce").asText()),
                    Base64.getDecoder().decode(w.path("ciphertext").asText()));
            // Recompute over the same canonical body; any changed byte in a field shows here.
            if (!MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII),
                    checksum(header.body()).getBytes(StandardCharsets.US_ASCII))) {
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
