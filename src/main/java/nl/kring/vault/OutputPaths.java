package nl.kring.vault;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import nl.kring.vault.IntegrityManifest;
import nl.kring.vault.Vault;
import nl.kring.vault.VaultHeader;

/**
 * The one check for every place Kring writes a file the chair chose (the {@code --out} of every command, the file
 * and folder choosers of the app): never inside a vault folder, never a vault folder itself, and never over an
 * existing vault file or backup. Writing {@code inzage --out <vault>/vault.json} once replaced the vault's header and
 * the vault was lost; a report inside a vault folder would also lie there unencrypted. Symbolic links are followed,
 * so a link into a vault folder is refused as well.
 */
public final class OutputPaths {
    /** The files that make up a vault folder. */
    public static final Set<String> VAULT_FILES = Set.of(VaultHeader.FILE_NAME, Vault.DB_FILE, Vault.LOCK_FILE,
            IntegrityManifest.FILE_NAME);
    private static final byte[] BACKUP_MAGIC = "KRING-BACKUP-".getBytes(StandardCharsets.US_ASCII);

    private OutputPaths() {
    }

    /** Why {@code out} (a file or a folder to write into) must not be written, in one line; empty when it may. */
    public static Optional<String> problem(Path out) {
        if (out == null) {
            return Optional.of("no output path given");
        }
        Path real = real(out);
        if (Files.isDirectory(real) && isVaultFolder(real)) {
            return Optional.of(out + " is a vault folder; choose a folder outside the vault");
        }
        for (Path p = real.getParent(); p != null; p = p.getParent()) {
            if (isVaultFolder(p)) {
                return Optional.of(out + " is inside the vault folder " + p + "; choose a place outside the vault");
            }
        }
        if (Files.isRegularFile(real)) {
            Path name = real.getFileName();
            if (name != null && VAULT_FILES.contains(name.toString())) {
                return Optional.of(out + " is a vault file and would be overwritten; choose another file");
            }
            if (isBackup(real)) {
                return Optional.of(out + " is a Kring backup and would be overwritten; choose another file");
            }
        }
        return Optional.empty();
    }

    /** Throws {@link IllegalArgumentException} with the one-line reason when {@code out} must not be written. */
    public static Path check(Path out) {
        problem(out).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        return out;
    }

    /** A folder holding a vault header or a vault database. */
    public static boolean isVaultFolder(Path dir) {
        return Files.isDirectory(dir) && (Vault.exists(dir) || Files.exists(dir.resolve(Vault.DB_FILE)));
    }

    /** The path with its deepest existing ancestor resolved to its real path (links followed). */
    private static Path real(Path out) {
        Path abs = out.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
        } catch (IOException e) {
            return abs;
        }
    }

    private static boolean isBackup(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(BACKUP_MAGIC.length), BACKUP_MAGIC);
        } catch (IOException e) {
            return false;
        }
    }
}
