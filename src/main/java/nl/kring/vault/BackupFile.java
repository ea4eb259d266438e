package nl.kring.vault;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A single-file backup: the vault header in the clear (it holds only the wrapped key), then the database and its
 * integrity manifest, zipped and sealed with AES-256-GCM under a key derived from the data key. A changed or
 * truncated byte anywhere makes the restore refuse the file. Restoring needs the passphrase of the vault at the
 * time of the backup.
 */
public final class BackupFile {
    private static final byte[] MAGIC = "KRING-BACKUP-1\n".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_HEADER = 64 * 1024;

    private BackupFile() {
    }

    /** Writes a backup of an open vault. The file appears complete or not at all. */
    public static void write(VaultSession session, Path out) throws VaultException {
        Path target = out.toAbsolutePath().normalize();
        if (Files.exists(target)) {
            throw new VaultException(VaultException.Kind.ALREADY_EXISTS, "The backup file " + target + " already exists.");
        }
        Path dir = target.getParent();
        if (dir.toString().contains("'")) {
            // Checked before anything is created: H2's BACKUP TO takes the folder inside a quoted literal.
            throw new VaultException(VaultException.Kind.INVALID_PATH, "The folder name contains a quote.");
        }
        Path tmpZip = null;
        byte[] key = session.subkey("backup");
        try {
            Files.createDirectories(dir);
            // H2's online backup gives a consistent copy of the (still encrypted) database file.
            tmpZip = Files.createTempFile(dir, ".kring-backup", ".zip");
            Files.delete(tmpZip);
            String zipPath = tmpZip.toString();
            if (zipPath.contains("'")) {
                throw new VaultException(VaultException.Kind.INVALID_PATH, "The folder name contains a quote.");
            }
            try (var st = session.connection().createStatement()) {
                st.execute("BACKUP TO '" + zipPath + "'");
            }
            byte[] db = null;
            try (ZipInputStream zin = new ZipInputStream(Files.newInputStream(tmpZip))) {
                for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
                    if (e.getName().endsWith(Vault.DB_FILE)) {
                        db = zin.readAllBytes();
                    }
                }
            }
            if (db == null) {
                throw new VaultException(VaultException.Kind.IO, "H2 produced no database copy.");
            }
            // The backup's header carries the audit head as it is now, its manifest the header's write count.
            VaultHeader backupHeader = session.headerNow();
            byte[] macKey = session.subkey("integrity-manifest");
            Path manifestTmp = Files.createTempDirectory(dir, ".kring-manifest");
            byte[] manifest;
            try {
                new IntegrityManifest(IntegrityManifest.State.CLEAN,
                        RowDigests.sealed(RowDigests.stored(session.connection()), macKey), backupHeader.writes(),
                        IntegrityManifest.FORMAT_SUMS).write(manifestTmp, macKey);
                manifest = Files.readAllBytes(manifestTmp.resolve(IntegrityManifest.FILE_NAME));
            } finally {
                Secrets.wipe(macKey);
                Vault.deleteTree(manifestTmp);
            }
            ByteArrayOutputStream zipped = new ByteArrayOutputStream();
            try (ZipOutputStream zout = new ZipOutputStream(zipped)) {
                zout.putNextEntry(new ZipEntry(Vault.DB_FILE));
                zout.write(db);
                zout.closeEntry();
                zout.putNextEntry(new ZipEntry(IntegrityManifest.FILE_NAME));
                zout.write(manifest);
                zout.closeEntry();
            }
            byte[] header = backupHeader.toJson();
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(MAGIC);
            cipher.updateAAD(header);
            byte[] sealed = cipher.doFinal(zipped.toByteArray());
            ByteArrayOutputStream file = new ByteArrayOutputStream(sealed.length + header.length + 64);
            DataOutputStream data = new DataOutputStream(file);
            data.write(MAGIC);
            data.writeInt(header.length);
            data.write(header);
            data.write(nonce);
            data.writeLong(sealed.length);
            data.write(sealed);
            data.flush();
            AtomicFiles.write(target, file.toByteArray());
        } catch (VaultException e) {
            throw e;
        } catch (IOException | SQLException | GeneralSecurityException e) {
            throw new VaultException(VaultException.Kind.IO, "The backup could not be written: " + Vault.rootMessage(e), e);
        } finally {
            Secrets.wipe(key);
            if (tmpZip != null) {
                try {
                    Files.deleteIfExists(tmpZip);
                } catch (IOException ignored) {
                    // left an encrypted copy; harmless, and reported nowhere
                }
            }
        }
    }

    /**
     * Restores into a new folder, checks that the result opens and verifies, and only then moves it into place.
     * Never overwrites: an existing target is refused.
     */
    public static void restore(Path backup, Path vaultDir, char[] passphrase) throws VaultException {
        Path target = Vault.guard(vaultDir);
        if (Files.exists(target) && !(Files.isDirectory(target) && isEmptyDir(target))) {
            throw new VaultException(VaultException.Kind.ALREADY_EXISTS, target.toString());
        }
        byte[] content;
        try {
            content = Files.readAllBytes(backup);
        } catch (NoSuchFileException e) {
            throw new VaultException(VaultException.Kind.NOT_FOUND, "No backup file at " + backup + ".");
        } catch (IOException e) {
            throw new VaultException(VaultException.Kind.IO, e.getMessage(), e);
        }
        byte[] headerBytes;
        byte[] nonce = new byte[12];
        byte[] sealed;
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(content));
            byte[] magic = new byte[MAGIC.length];
            in.readFully(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new VaultException(VaultException.Kind.DAMAGED, "This is not a Kring backup.");
            }
            int headerLen = in.readInt();
            if (headerLen <= 0 || headerLen > MAX_HEADER) {
                throw new VaultException(VaultException.Kind.DAMAGED, "The backup is damaged.");
            }
            headerBytes = new byte[headerLen];
            in.readFully(headerBytes);
            in.readFully(nonce);
            long len = in.readLong();
            if (len != in.available()) {
                throw new VaultException(VaultException.Kind.DAMAGED, "The backup is truncated or has extra bytes.");
            }
            sealed = in.readAllBytes();
        } catch (EOFException e) {
            throw new VaultException(VaultException.Kind.DAMAGED, "The backup is truncated.");
        } catch (IOException e) {
            throw new VaultException(VaultException.Kind.DAMAGED, "The backup cannot be read.");
        }
        VaultHeader header = VaultHeader.parse(headerBytes);
        byte[] dataKey = header.unwrap(Secrets.passphraseBytes(passphrase));
        byte[] key = Vault.subkey(dataKey, "backup");
        Secrets.wipe(dataKey);
        Map<String, byte[]> files = new HashMap<>();
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(MAGIC);
            cipher.updateAAD(headerBytes);
            byte[] zipped = cipher.doFinal(sealed);
            try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(zipped))) {
                for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
                    files.put(e.getName(), zin.readAllBytes());
                }
            }
        } catch (AEADBadTagException e) {
            throw new VaultException(VaultException.Kind.DAMAGED, "The backup was changed or is incomplete; nothing was restored.");
        } catch (GeneralSecurityException | IOException e) {
            throw new VaultException(VaultException.Kind.DAMAGED, "The backup cannot be read: " + Vault.rootMessage(e), e);
        } finally {
            Secrets.wipe(key);
        }
        if (!files.containsKey(Vault.DB_FILE) || !files.containsKey(IntegrityManifest.FILE_NAME)) {
            throw new VaultException(VaultException.Kind.DAMAGED, "The backup is incomplete.");
        }
        Path staging = null;
        try {
            Path parent = target.getParent();
            Files.createDirectories(parent);
            staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".restoring");
            Files.write(staging.resolve(VaultHeader.FILE_NAME), headerBytes);
            Files.write(staging.resolve(Vault.DB_FILE), files.get(Vault.DB_FILE));
            Files.write(staging.resolve(IntegrityManifest.FILE_NAME), files.get(IntegrityManifest.FILE_NAME));
            // Prove it opens and matches its manifest before it becomes the vault.
            // A restore puts an older state back on purpose: the open accepts it, and the write counter continues
            // above everything this computer saw of the vault, so the vault it replaces reads as older from now on.
            VaultSession check = Vault.open(staging, passphrase, VaultWitness.forUser(), true);
            check.close();
            Files.deleteIfExists(staging.resolve(Vault.LOCK_FILE));
            if (Files.isDirectory(target)) {
                Files.delete(target);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            staging = null;
        } catch (IOException e) {
            throw new VaultException(VaultException.Kind.IO, "The restore could not be written: " + e.getMessage(), e);
        } finally {
            if (staging != null) {
                try {
                    Vault.deleteTree(staging);
                } catch (IOException ignored) {
                    // staging holds only encrypted files
                }
            }
        }
    }

    private static boolean isEmptyDir(Path dir) {
        try (var s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
