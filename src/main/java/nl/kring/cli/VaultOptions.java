package nl.kring.cli;

import nl.kring.store.Store;
import nl.kring.vault.Secrets;
import nl.kring.vault.Vault;
import nl.kring.vault.VaultException;
import nl.kring.vault.VaultSession;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** --vault DIR plus the passphrase; opens the vault for one command. */
public final class VaultOptions {
    @Option(names = "--vault", required = true, paramLabel = "DIR", description = "The vault folder.")
    Path vault;

    @Mixin
    PassphraseOptions passphrase;

    public Path dir() {
        return vault;
    }

    public Store open() {
        char[] pass = passphrase.read();
        try {
            VaultSession session = Vault.open(vault, pass);
            return new Store(session);
        } catch (VaultException e) {
            throw Cli.fail(e);
        } finally {
            Secrets.wipe(pass);
        }
    }
}
