package nl.kring.cli;

import nl.kring.vault.BackupFile;
import nl.kring.vault.Secrets;
import nl.kring.vault.VaultException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "restore", description = "Restore a backup into a new vault folder (never overwrites).")
public final class RestoreCommand implements Callable<Integer> {
    @Option(names = "--in", required = true, paramLabel = "FILE", description = "The backup file.")
    Path in;

    @Option(names = "--vault", required = true, paramLabel = "DIR", description = "The new vault folder (must not exist).")
    Path vault;

    @picocli.CommandLine.Mixin
    PassphraseOptions passphrase;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        char[] pass = passphrase.read();
        try {
            BackupFile.restore(in, vault, pass);
        } catch (VaultException e) {
            throw Cli.fail(e);
        } finally {
            Secrets.wipe(pass);
        }
        spec.commandLine().getOut().println("restored into " + vault.toAbsolutePath() + "; it opens and verifies");
        return 0;
    }
}
