package nl.kring.fault;

import org.junit.jupiter.api.Tag;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Client;
import nl.kring.store.Store;
import nl.kring.vault.VaultException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Disk full: a vault on a 6 MB tmpfs (an empty vault with every migration takes about 2 MB) is filled until a write fails. The failure must be a clear message (no crash,
 * no stack trace for the chair), and once space is freed the vault must open, verify and hold every write that was
 * acknowledged. Needs Linux and the right to mount (root); elsewhere the test is skipped with the reason.
 */
@Tag("slow")
class DiskFullIT {
    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aFullDiskGivesAClearMessageAndLosesNothingAcknowledged() throws Exception {
        Path mnt = tmp.resolve("small-disk");
        Files.createDirectories(mnt);
        String why = mount(mnt);
        if (why != null) {
            System.out.println("[disk-full] skipped: " + why);
        }
        Assumptions.assumeTrue(why == null, "cannot mount a small tmpfs: " + why);
        try {
            run(mnt);
        } finally {
            String out = exec("umount", mnt.toString());
            if (out != null) {
                // Something still holds a file there (a failed assertion before a close): detach it anyway.
                System.out.println("[disk-full] umount: " + out + "; detaching lazily");
                exec("umount", "-l", mnt.toString());
            }
        }
    }

    private void run(Path mnt) throws Exception {
        Path vault = mnt.resolve("vault");
        // Ballast the chair can delete later: how a full disk is freed in real life.
        Path ballast = mnt.resolve("ballast.bin");
        Files.write(ballast, new byte[256 * 1024]);
        List<String> acknowledged = new ArrayList<>();
        Random random = new Random(42);
        Throwable failure = null;
        VaultException told = null;
        Store store = FaultVaults.create(vault);
        try {
            FaultVaults.seedPartners(store);
            for (int n = 1; n < 10_000; n++) {
                CaseFile c = bulky(n, random);
                store.cases().save(c);
                acknowledged.add(c.number());
            }
        } catch (RuntimeException e) {
            failure = e;
            told = store.session().failure(e);
        } finally {
            if (failure == null) {
                store.session().abandon();
            }
        }
        System.out.println("[disk-full] " + acknowledged.size() + " cases acknowledged before the 6 MB disk was full");
        System.out.println("[disk-full] from H2: " + chain(failure));
        System.out.println("[disk-full] told: " + (told == null ? null : told.kind() + ": " + told.getMessage()));
        assertThat(failure).as("the 6 MB disk filled up").isNotNull();
        assertThat(told.kind()).isEqualTo(VaultException.Kind.IO);
        assertThat(told.getMessage()).contains("The disk is full").doesNotContain("\n").doesNotContainIgnoringCase("insert");
        assertThat(acknowledged).isNotEmpty();

        // Locking on a full disk: the manifest may not fit. Either way the session ends and the key is wiped.
        try {
            store.close();
            System.out.println("[disk-full] clean close on the full disk succeeded");
        } catch (VaultException e) {
            System.out.println("[disk-full] close on the full disk: " + e.kind() + ": " + e.getMessage());
            assertThat(e.kind()).isEqualTo(VaultException.Kind.IO);
            store.session().abandon();
        }
        assertThat(store.session().isOpen()).isFalse();

        // Opening and locking again while the disk is still full: each works, or says plainly that it cannot write.
        try (Store again = FaultVaults.open(vault)) {
            System.out.println("[disk-full] open on the full disk: works, verify " + again.verify());
            assertThat(again.verify()).isEmpty();
        } catch (VaultException e) {
            System.out.println("[disk-full] open or close on the full disk: " + e.kind() + ": " + e.getMessage());
            // Issue 10: a full disk is told as a full disk, never as a damaged vault.
            assertThat(e.kind()).isEqualTo(VaultException.Kind.IO);
            assertThat(e.getMessage()).contains("The disk is full").doesNotContain("\n");
        }

        Files.delete(ballast);
        try (Store again = FaultVaults.open(vault)) {
            assertThat(again.verify()).as("verify after freeing space").isEmpty();
            List<String> present = again.cases().all().stream().map(CaseFile::number).toList();
            assertThat(present).containsAll(acknowledged);
            Random replay = new Random(42);
            for (int i = 1; i <= acknowledged.size(); i++) {
                CaseFile expected = bulky(i, replay);
                assertThat(again.cases().find(expected.number())).contains(expected);
            }
            System.out.println("[disk-full] after freeing 256 KB: vault opens, verify clean, " + present.size()
                    + " cases present, all " + acknowledged.size() + " acknowledged cases equal");
            // and it takes new writes again
            again.cases().save(FaultVaults.caseFile(9_999));
        }
    }

    /** A case with about 8 KB of incompressible text, so the 6 MB disk fills in about a hundred writes. */
    private static CaseFile bulky(int n, Random random) {
        CaseFile base = FaultVaults.caseFile(n);
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 3_900) {
            sb.append(Long.toString(random.nextLong(), 36));
        }
        String noise = sb.substring(0, 3_900);
        Client c = base.client();
        return new CaseFile(base.number(), c, base.referrer(), base.reportedOn(), base.phase(), base.domains(),
                base.consent(), base.informed(), noise, noise.toUpperCase(), null, null, base.kring());
    }

    static String chain(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            sb.append(sb.isEmpty() ? "" : " <- ").append(t.getClass().getSimpleName()).append(": ")
                    .append(m.contains("\n") ? m.substring(0, m.indexOf('\n')) : m);
        }
        return sb.toString();
    }

    /** Null when mounted, otherwise why not. */
    private static String mount(Path dir) {
        if (!System.getProperty("os.name", "").startsWith("Linux")) {
            return "not Linux";
        }
        return exec("mount", "-t", "tmpfs", "-o", "size=6m,mode=0700", "tmpfs", dir.toString());
    }

    /** Null on success, otherwise the command's output and exit code. */
    private static String exec(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return String.join(" ", cmd) + " did not finish";
            }
            return p.exitValue() == 0 ? null : String.join(" ", cmd) + " exited " + p.exitValue() + ": " + out;
        } catch (IOException | InterruptedException e) {
            return String.join(" ", cmd) + ": " + e.getMessage();
        }
    }
}
