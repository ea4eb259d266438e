package nl.kring.cli;

import nl.kring.interchange.Importer;
import nl.kring.interchange.Interchange;
import nl.kring.service.VaultService;
import nl.kring.store.Store;
import nl.kring.vault.PassphrasePolicy;
import nl.kring.vault.Secrets;
import nl.kring.vault.Vault;
import nl.kring.vault.VaultException;
import nl.kring.vault.VaultSession;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/** Creating a vault from data: when anything fails, the new vault is removed again. */
final class VaultCreation {
    private VaultCreation() {
    }

    static Importer.Counts createOrFill(VaultOptions options, Interchange data) {
        char[] pass = options.passphrase.read();
        try {
            return createOrFill(options.dir(), pass, data, true);
        } finally {
            Secrets.wipe(pass);
        }
    }

    static Importer.Counts createOrFill(Path dir, char[] pass, Interchange data, boolean enforceStrength) {
        boolean existed = Vault.exists(dir);
        boolean dirExisted = Files.exists(dir);
        if (!existed && enforceStrength) {
            PassphrasePolicy.Assessment a = PassphrasePolicy.assess(pass, Locale.ENGLISH);
            if (!a.acceptable()) {
                throw new CliException("the passphrase is too weak for a new vault: " + a.reason(), 2);
            }
        }
        VaultSession session = null;
        try {
            Store store = existed ? new Store(Vault.open(dir, pass)) : VaultService.create(dir, pass, null);
            session = store.session();
            Importer.Counts counts = Importer.store(store, data);
            session.close();
            return counts;
        } catch (VaultException e) {
            removeNew(dir, existed, dirExisted, session);
            throw Cli.fail(e);
        } catch (RuntimeException e) {
            VaultException failure = session == null || e instanceof CliException ? null : session.failure(e);
            removeNew(dir, existed, dirExisted, session);
            if (e instanceof CliException) {
                throw e;
            }
            throw new CliException("the import failed and nothing was kept: "
                    + Cli.firstLine(failure != null ? failure.getMessage() : e.getMessage()));
        }
    }

    private static void removeNew(Path dir, boolean existed, boolean dirExisted, VaultSession session) {
        if (session != null) {
            session.abandon();
        }
        if (existed) {
            return; // the transaction was rolled back; the existing vault is as it was
        }
        try (Stream<Path> walk = Files.exists(dir) ? Files.walk(dir) : Stream.empty()) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(dir) || !dirExisted) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException ignored) {
            // only encrypted files can be left behind
        }
    }
}
