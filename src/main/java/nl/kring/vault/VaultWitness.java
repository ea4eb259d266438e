package nl.kring.vault;

import nl.kring.app.AppDirs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The per-user record of every vault this user opened: per vault id the highest write counter, the audit chain's
 * head and a fingerprint of the key derivation's inputs, in {@code <data>/vaults.properties} (no client data: ids,
 * counters and hashes only). It lives outside the vault folder, so copying an older vault folder back (header,
 * database and manifest together) is noticed at the next open on this computer. Whoever can also rewrite this file
 * can roll back unseen; docs/vault.md says so.
 */
public final class VaultWitness {
    public record Seen(long writes, String auditHead, String kdfFingerprint) {
    }

    private final Path file;

    public VaultWitness(Path file) {
        this.file = file;
    }

    /** The record of the user running Kring ({@code KRING_HOME} or the platform's data folder). */
    public static VaultWitness forUser() {
        return new VaultWitness(AppDirs.data().resolve("vaults.properties"));
    }

    public Path file() {
        return file;
    }

    public Optional<Seen> seen(String vaultId) {
        if (vaultId == null) {
            return Optional.empty();
        }
        Properties p = load();
        String w = p.getProperty(vaultId + ".writes");
        if (w == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Seen(Long.parseLong(w), p.getProperty(vaultId + ".auditHead"),
                    p.getProperty(vaultId + ".kdf")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Records the state a header was just written with; the counter never goes down. Failures are not fatal. */
    public void record(VaultHeader header) {
        if (header.vaultId() == null) {
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
            try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = ch.lock()) {
                Properties p = load();
                String id = header.vaultId();
                long before = parse(p.getProperty(id + ".writes"));
                if (header.writes() >= before) {
                    p.setProperty(id + ".writes", Long.toString(header.writes()));
                    p.setProperty(id + ".auditHead", header.auditHead() == null ? VaultHeader.EMPTY_HEAD : header.auditHead());
                }
                p.setProperty(id + ".kdf", header.kdfFingerprint());
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                p.store(out, "Kring: the last state of each vault opened by this user (ids, counters, hashes; no client data)");
                AtomicFiles.write(file, out.toByteArray());
            }
        } catch (IOException | RuntimeException e) {
            Logger.getLogger(VaultWitness.class.getName()).warning("vault record not saved: "
                    + e.getClass().getSimpleName());
        }
    }

    private Properties load() {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                // unreadable: as if empty; the header and manifest checks still hold
            }
        }
        return p;
    }

    private static long parse(String s) {
        try {
            return s == null ? -1 : Long.parseLong(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
