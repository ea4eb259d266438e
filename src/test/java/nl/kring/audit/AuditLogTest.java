package nl.kring.audit;

import nl.kring.TestVaults;
import nl.kring.cli.Cli;
import nl.kring.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class AuditLogTest {
    @TempDir
    Path tmp;

    private Store storeWithEntries() throws Exception {
        Store store = TestVaults.create(tmp.resolve("v"));
        store.audit().append(AuditLog.Action.EXPORT, "2026-017", "partner woco-dak");
        store.audit().append(AuditLog.Action.DISCLOSURE, "2026-017", "HUISVESTING to woco-dak");
        store.audit().append(AuditLog.Action.MATRIX_CHANGED, null, "POLITIE/VEILIGHEID SIGNAAL -> VOLLEDIG");
        return store;
    }

    @Test
    void intactChainVerifies() throws Exception {
        try (Store store = storeWithEntries()) {
            assertThat(store.audit().verify()).isEmpty();
            assertThat(store.audit().entries()).hasSize(3);
        }
    }

    @Test
    void oneChangedByteInAnEntryIsDetected() throws Exception {
        try (Store store = storeWithEntries()) {
            store.session().dsl().execute("UPDATE audit_entry SET detail = 'partner woco-dal' WHERE seq = 1");
            assertThat(store.audit().verify()).containsExactly("audit entry 1 was changed after it was written");
        }
    }

    @Test
    void aChangedTimestampIsDetected() throws Exception {
        try (Store store = storeWithEntries()) {
            store.session().dsl().execute("UPDATE audit_entry SET logged_at = DATEADD(SECOND, 1, logged_at) WHERE seq = 2");
            assertThat(store.audit().verify()).containsExactly("audit entry 2 was changed after it was written");
        }
    }

    @Test
    void aRemovedEntryIsDetected() throws Exception {
        try (Store store = storeWithEntries()) {
            store.session().dsl().execute("DELETE FROM audit_entry WHERE seq = 2");
            assertThat(store.audit().verify()).containsExactly("audit entry 2 is missing (next is 3)");
        }
    }

    @Test
    void aRemovedLastEntryIsDetected() throws Exception {
        try (Store store = storeWithEntries()) {
            store.session().dsl().execute("DELETE FROM audit_entry WHERE seq = 3");
            assertThat(store.audit().verify()).singleElement().asString().contains("ends at entry 2 but entry 3 was written");
        }
    }

    @Test
    void verifyCommandFailsOnABrokenChain() throws Exception {
        Path dir = tmp.resolve("v");
        try (Store store = storeWithEntries()) {
            store.session().dsl().execute("UPDATE audit_entry SET action = 'PURGE' WHERE seq = 1");
        }
        var err = new StringWriter();
        var cl = Cli.commandLine();
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        int code = cl.execute("verify", "--vault", dir.toString(), "--passphrase-file", TestVaults.passphraseFile(tmp).toString());
        assertThat(code).isEqualTo(5);
        assertThat(err.toString()).contains("verify failed: audit entry 1 was changed after it was written");
    }
}
