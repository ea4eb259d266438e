package nl.kring.cli;

import nl.kring.service.VaultService;
import nl.kring.vault.VaultException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

@Command(name = "backup", description = "Write an encrypted, integrity-checked single-file backup.")
public final class BackupCommand implements Callable<Integer> {
    @Mixin
    VaultOptions vault;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The backup file to write (must not exist).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Cli.checkOut(out);
        Cli.withStore(vault, store -> {
            try {
                VaultService.backup(store, out, LocalDate.now());
            } catch (VaultException e) {
                throw Cli.fail(e);
            }
        });
        spec.commandLine().getOut().println("backup written to " + out.toAbsolutePath());
        return 0;
    }
}
