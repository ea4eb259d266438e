package nl.kring.ui.workspace;

import nl.kring.store.Store;
import nl.kring.vault.IntegrityManifest;
import nl.kring.vault.Vault;
import nl.kring.vault.VaultException;
import nl.kring.vault.VaultHeader;
import nl.kring.vault.VaultWitness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A vault with one flipped byte that the open lets through (issue 17: the clean open reads one kept sum per table) and
 * that {@code kring verify}'s own check finds. Where such a byte lies depends on the file's layout, so the offsets are
 * tried in a fixed order (seeded) until one does; most flips are harmless or refused at the open.
 */
final class FlippedVault {
    private FlippedVault() {
    }

    /**
     * Leaves in {@code dir} a copy of the closed vault {@code original} with one byte of its database flipped, such
     * that it opens, its audit trail reads and verify reports problems; returns those problems. Each trial open has
     * its own record of what this computer saw, so the copies of one moment are not taken for a rollback; the user's
     * record is not touched.
     */
    static List<String> make(Path original, Path dir, Path scratch, String passphrase, long seed) throws Exception {
        byte[] content = Files.readAllBytes(original.resolve(Vault.DB_FILE));
        Random random = new Random(seed);
        int refused = 0;
        for (int tried = 0; tried < 400; tried++) {
            byte[] flipped = content.clone();
            int offset = random.nextInt(content.length);
            flipped[offset] ^= (byte) (1 + random.nextInt(255));
            copy(original, dir, flipped);
            List<String> problems;
            try (Store store = new Store(Vault.open(dir, passphrase.toCharArray(),
                    new VaultWitness(scratch.resolve("record-" + tried + ".properties")), false))) {
                store.audit().entries();
                problems = store.verify();
                store.session().abandon();
            } catch (VaultException | RuntimeException e) {
                refused++;
                continue; // refused at the open, or unreadable at once: not the vault wanted here
            }
            if (!problems.isEmpty()) {
                copy(original, dir, flipped); // as it was before the trial open
                return problems;
            }
        }
        throw new AssertionError("no flip in 400 tries opened and failed verify (seed " + seed + "; " + refused
                + " refused or unreadable, the rest harmless)");
    }

    private static void copy(Path original, Path dir, byte[] db) throws Exception {
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
        Files.write(dir.resolve(Vault.DB_FILE), db);
    }
}
