package nl.kring.fault;

import org.junit.jupiter.api.Tag;
import nl.kring.TestVaults;
import nl.kring.audit.AuditLog;
import nl.kring.demo.DemoData;
import nl.kring.interchange.Importer;
import nl.kring.store.Store;
import nl.kring.vault.BackupFile;
import nl.kring.vault.IntegrityManifest;
import nl.kring.vault.Vault;
import nl.kring.vault.VaultException;
import nl.kring.vault.VaultHeader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Damaged files: a truncated database, a truncated or garbled header and manifest, a truncated backup. Each gives a
 * clear {@link VaultException} and changes no file. Then the byte-flip sweep: one flipped byte at 100+ offsets of
 * {@code kring.mv.db} must end either harmless (the vault opens and every record equals the original) or detected
 * (by the integrity manifest or by H2, with a clear message); never in silently changed or missing data.
 */
@Tag("slow")
class CorruptionIT {
    @TempDir
    Path tmp;

    Path original;
    FaultVaults.Snapshot expected;

    @BeforeEach
    void demoVault() throws Exception {
        original = tmp.resolve("original");
        try (Store store = FaultVaults.create(original)) {
            store.audit().append(AuditLog.Action.VAULT_CREATED, null, "fault test");
            Importer.store(store, DemoData.demoData());
        }
        try (Store store = FaultVaults.open(original)) {
            expected = FaultVaults.Snapshot.of(store);
        }
        assertThat(expected.cases()).asList().hasSize(15);
    }

    Path copy(String name) throws Exception {
        Path dir = tmp.resolve(name);
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(original)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        return dir;
    }

    /** Opening must fail with one of the kinds, with a message, and leave every file as it was. */
    VaultException refused(Path dir, VaultException.Kind... kinds) throws Exception {
        Map<String, String> before = TestVaults.hashes(dir);
        try (Store store = FaultVaults.open(dir)) {
            FaultVaults.Snapshot got = FaultVaults.Snapshot.of(store);
            fail("opened a damaged vault; same data: " + got.equals(expected) + "; verify: " + store.verify());
            return null;
        } catch (VaultException e) {
            assertThat(e.kind()).as(e.getMessage()).isIn((Object[]) kinds);
            assertThat(e.getMessage()).doesNotContain("\n");
            assertThat(TestVaults.hashes(dir)).as("no file changed by the failed open").isEqualTo(before);
            return e;
        }
    }

    /**
     * A cut that removes only free space at the end of the file is harmless: then the vault must open with exactly
     * the original data. Anything else must be refused with every file left as it was.
     */
    String refusedOrHarmless(Path dir) throws Exception {
        Map<String, String> before = TestVaults.hashes(dir);
        try (Store store = FaultVaults.open(dir)) {
            assertThat(FaultVaults.Snapshot.of(store)).as("opened, so all data must be there").isEqualTo(expected);
            assertThat(store.verify()).isEmpty();
            return "harmless (opens with all data)";
        } catch (VaultException e) {
            assertThat(e.kind()).as(e.getMessage()).isIn(VaultException.Kind.DAMAGED, VaultException.Kind.INTEGRITY);
            assertThat(e.getMessage()).doesNotContain("\n");
            assertThat(TestVaults.hashes(dir)).as("no file changed by the failed open").isEqualTo(before);
            return e.kind() + ": " + e.getMessage();
        }
    }

    @Test
    void truncatedDatabaseIsRefusedAndLeftAsItWas() throws Exception {
        long size = Files.size(original.resolve(Vault.DB_FILE));
        List<String> seen = new ArrayList<>();
        for (long length : new long[] {0, 100, 4096, 8192, size / 3, size / 2, size - 4096, size - 1}) {
            Path dir = copy("trunc-" + length);
            try (var ch = FileChannel.open(dir.resolve(Vault.DB_FILE), StandardOpenOption.WRITE)) {
                ch.truncate(length);
            }
            seen.add(length + " of " + size + " bytes: " + refusedOrHarmless(dir));
        }
        seen.forEach(s -> System.out.println("[corrupt] truncated db, " + s));
    }

    @Test
    void damagedHeaderIsRefusedAndLeftAsItWas() throws Exception {
        byte[] header = Files.readAllBytes(original.resolve(VaultHeader.FILE_NAME));
        Map<String, byte[]> variants = new TreeMap<>();
        variants.put("empty", new byte[0]);
        variants.put("half", Arrays.copyOf(header, header.length / 2));
        variants.put("one byte short", Arrays.copyOf(header, header.length - 2));
        byte[] garbled = header.clone();
        for (int i = 40; i < garbled.length - 40; i += 37) {
            garbled[i] ^= 0x20;
        }
        variants.put("garbled", garbled);
        variants.put("binary", randomBytes(header.length, 1));
        variants.put("other json", "{\"format\": \"kring-vault\", \"version\": 1}".getBytes());
        for (var v : variants.entrySet()) {
            Path dir = copy("header-" + v.getKey().replace(' ', '-'));
            Files.write(dir.resolve(VaultHeader.FILE_NAME), v.getValue());
            VaultException e = refused(dir, VaultException.Kind.DAMAGED);
            System.out.println("[corrupt] header " + v.getKey() + ": " + e.getMessage());
        }
    }

    @Test
    void damagedManifestIsRefusedAndLeftAsItWas() throws Exception {
        byte[] manifest = Files.readAllBytes(original.resolve(IntegrityManifest.FILE_NAME));
        Map<String, byte[]> variants = new TreeMap<>();
        variants.put("empty", new byte[0]);
        variants.put("half", Arrays.copyOf(manifest, manifest.length / 2));
        byte[] garbled = manifest.clone();
        garbled[manifest.length / 2] ^= 0x01;
        variants.put("one bit", garbled);
        variants.put("binary", randomBytes(manifest.length, 2));
        for (var v : variants.entrySet()) {
            Path dir = copy("manifest-" + v.getKey().replace(' ', '-'));
            Files.write(dir.resolve(IntegrityManifest.FILE_NAME), v.getValue());
            VaultException e = refused(dir, VaultException.Kind.DAMAGED, VaultException.Kind.INTEGRITY);
            System.out.println("[corrupt] manifest " + v.getKey() + ": " + e.kind() + ": " + e.getMessage());
        }
    }

    @Test
    void truncatedOrFlippedBackupIsRefusedAndNothingIsWritten() throws Exception {
        Path backup = tmp.resolve("usb/kring.backup");
        try (Store store = FaultVaults.open(original)) {
            BackupFile.write(store.session(), backup);
        }
        byte[] full = Files.readAllBytes(backup);
        Random random = new Random(7);
        int tried = 0;
        for (int i = 0; i < 12; i++) {
            byte[] damaged = i < 6
                    ? Arrays.copyOf(full, i == 0 ? 0 : random.nextInt(full.length))
                    : flip(full, random.nextInt(full.length), random);
            Path file = tmp.resolve("damaged-" + i + ".backup");
            Files.write(file, damaged);
            Path target = tmp.resolve("restored-" + i);
            try {
                BackupFile.restore(file, target, FaultVaults.PASSPHRASE.toCharArray());
                fail("restored a damaged backup (" + (i < 6 ? "truncated to " + damaged.length : "flipped") + ")");
            } catch (VaultException e) {
                assertThat(e.kind()).as(e.getMessage()).isIn(VaultException.Kind.DAMAGED, VaultException.Kind.WRONG_PASSPHRASE);
                assertThat(e.getMessage()).doesNotContain("\n");
            }
            assertThat(target).doesNotExist();
            assertThat(Files.readAllBytes(file)).isEqualTo(damaged);
            tried++;
        }
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("restoring"));
        }
        System.out.println("[corrupt] backup: " + tried + " truncated or flipped copies refused, nothing restored");
    }

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void byteFlipSweepNeverEndsInSilentlyChangedData() throws Exception {
        Path db = original.resolve(Vault.DB_FILE);
        byte[] content = Files.readAllBytes(db);
        int offsets = Integer.getInteger("kring.fault.flips", 160);
        long seed = Long.getLong("kring.fault.seed", 20261128L);
        Random random = new Random(seed);
        int harmless = 0;
        int byManifest = 0;
        int byH2 = 0;
        int byVerify = 0;
        List<String> silent = new ArrayList<>();
        Map<String, Integer> messages = new TreeMap<>();
        long start = System.nanoTime();
        Path dir = tmp.resolve("flip");
        int modifiedOnFailedOpen = 0;
        for (int i = 0; i < offsets; i++) {
            // Stratified: one random offset in each of `offsets` equal slices, so the whole file is covered.
            long sliceStart = (long) content.length * i / offsets;
            long sliceEnd = (long) content.length * (i + 1) / offsets;
            int offset = (int) (sliceStart + random.nextInt((int) Math.max(1, sliceEnd - sliceStart)));
            Vault.class.getName(); // keep the class loaded between rounds
            deleteTree(dir);
            Files.createDirectories(dir);
            for (String f : List.of(VaultHeader.FILE_NAME, IntegrityManifest.FILE_NAME)) {
                Files.copy(original.resolve(f), dir.resolve(f));
            }
            byte[] flipped = flip(content, offset, random);
            Files.write(dir.resolve(Vault.DB_FILE), flipped);
            String outcome;
            try (Store store = FaultVaults.open(dir)) {
                FaultVaults.Snapshot got;
                try {
                    got = FaultVaults.Snapshot.of(store);
                } catch (RuntimeException e) {
                    byH2++;
                    outcome = "read failed: " + shorten(e);
                    count(messages, outcome);
                    store.session().abandon();
                    continue;
                }
                List<String> problems = store.verify();
                if (!problems.isEmpty()) {
                    byVerify++;
                    outcome = "verify: " + problems.getFirst();
                    count(messages, outcome);
                    store.session().abandon();
                    continue;
                }
                if (got.equals(expected)) {
                    harmless++;
                } else {
                    silent.add("offset " + offset + ": " + describeDifference(expected, got));
                }
                store.session().abandon();
            } catch (VaultException e) {
                if (!Arrays.equals(flipped, Files.readAllBytes(dir.resolve(Vault.DB_FILE)))) {
                    modifiedOnFailedOpen++;
                }
                if (e.kind() == VaultException.Kind.INTEGRITY) {
                    byManifest++;
                } else {
                    assertThat(e.kind()).as(e.getMessage()).isEqualTo(VaultException.Kind.DAMAGED);
                    byH2++;
                }
                assertThat(e.getMessage()).as("one clear line").doesNotContain("\n").isNotBlank();
                count(messages, e.kind() + ": " + e.getMessage().replaceAll("\\d+", "N"));
            }
        }
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        System.out.printf("[flip] file %d bytes, seed %d, %d ms%n", content.length, seed, ms);
        System.out.println("[flip] | offsets tried | harmless | detected by manifest | detected by H2 | detected by verify | silent |");
        System.out.printf("[flip] | %d | %d | %d | %d | %d | %d |%n", offsets, harmless, byManifest, byH2, byVerify, silent.size());
        messages.forEach((m, c) -> System.out.println("[flip]   " + c + " x " + m));
        silent.forEach(s -> System.out.println("[flip] SILENT " + s));
        System.out.println("[flip] database file changed by a refused open: " + modifiedOnFailedOpen);
        assertThat(modifiedOnFailedOpen).as("refused opens that changed the file").isZero();
        assertThat(silent).as("flips that changed or lost data without an error").isEmpty();
        assertThat(harmless + byManifest + byH2 + byVerify).isEqualTo(offsets);
        assertThat(offsets).isGreaterThanOrEqualTo(100);
    }

    private static String describeDifference(FaultVaults.Snapshot a, FaultVaults.Snapshot b) {
        List<String> parts = new ArrayList<>();
        if (!a.partners().equals(b.partners())) parts.add("partners");
        if (!a.cases().equals(b.cases())) parts.add("cases: " + firstDifference((List<?>) a.cases(), (List<?>) b.cases()));
        if (!a.meetings().equals(b.meetings())) parts.add("meetings");
        if (!a.disclosures().equals(b.disclosures())) parts.add("disclosures");
        if (!a.audit().equals(b.audit())) parts.add("audit");
        if (!a.matrix().equals(b.matrix())) parts.add("matrix");
        return "differs in " + parts;
    }

    /** The first differing element, shown as expected/found (the demo data are fictitious). */
    private static String firstDifference(List<?> a, List<?> b) {
        if (a.size() != b.size()) {
            return a.size() + " expected, " + b.size() + " found";
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                String x = String.valueOf(a.get(i));
                String y = String.valueOf(b.get(i));
                int from = 0;
                while (from < Math.min(x.length(), y.length()) && x.charAt(from) == y.charAt(from)) {
                    from++;
                }
                from = Math.max(0, from - 40);
                return "element " + i + " expected ..." + x.substring(from, Math.min(x.length(), from + 120))
                        + "... found ..." + y.substring(from, Math.min(y.length(), from + 120)) + "...";
            }
        }
        return "same";
    }

    private static void count(Map<String, Integer> messages, String m) {
        messages.merge(m.length() > 160 ? m.substring(0, 160) : m, 1, Integer::sum);
    }

    private static String shorten(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String m = String.valueOf(root.getMessage());
        int nl = m.indexOf('\n');
        return root.getClass().getSimpleName() + ": " + (nl > 0 ? m.substring(0, nl) : m).replaceAll("\\d+", "N");
    }

    static byte[] flip(byte[] content, int offset, Random random) {
        byte[] copy = content.clone();
        copy[offset] ^= (byte) (1 + random.nextInt(255));
        return copy;
    }

    static byte[] randomBytes(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
