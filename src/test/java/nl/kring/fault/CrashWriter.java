package nl.kring.fault;

import nl.kring.store.Store;
import nl.kring.vault.Vault;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.LogManager;

/**
 * The child process of {@link CrashSafetyIT}: opens the vault and writes cases and meetings (with minutes) as fast
 * as it can until it is killed. It prints a line right after each commit returns:
 * {@code CASE n} after case n was saved, {@code MEETING n} after meeting version n was saved. {@code WRITING} marks
 * the end of the open and of a first, warm-up case and meeting. Arguments: vault folder, first sequence number, first case number of the vault.
 */
public final class CrashWriter {
    private CrashWriter() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        LogManager.getLogManager().reset();
        Path dir = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        int firstCase = Integer.parseInt(args[2]);
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false);
        Store store = new Store(Vault.open(dir, System.getenv("KRING_PASSPHRASE").toCharArray()));
        out.println("OPENED clean=" + store.session().wasCleanlyClosed());
        out.flush();
        // One case and one meeting before WRITING: the first statements of a cold JVM take seconds on a busy
        // machine, and the kills are meant for the steady writing that follows.
        store.cases().save(FaultVaults.caseFile(n));
        out.println("CASE " + n);
        store.meetings().save(FaultVaults.meeting(n, FaultVaults.meetingCases(n, firstCase)));
        out.println("MEETING " + n);
        out.println("WRITING");
        out.flush();
        for (n++; ; n++) {
            store.cases().save(FaultVaults.caseFile(n));
            store.session().markWritten();
            out.println("CASE " + n);
            out.flush();
            if (n % 3 == 0) {
                List<Integer> cases = FaultVaults.meetingCases(n, firstCase);
                store.meetings().save(FaultVaults.meeting(n, cases));
                out.println("MEETING " + n);
                out.flush();
            }
        }
    }
}
