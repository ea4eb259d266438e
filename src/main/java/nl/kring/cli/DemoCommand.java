package nl.kring.cli;

import nl.kring.demo.DemoData;
import nl.kring.vault.Secrets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;


import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "demo", description = "Create a demo vault with synthetic cases (fictitious names only).")
public final class DemoCommand implements Callable<Integer> {
    @Option(names = "--vault", required = true, paramLabel = "DIR", description = "Folder for the new demo vault.")
    Path vault;

    @Mixin
    PassphraseOptions passphrase;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        char[] pass = passphrase.given() ? passphrase.read() : DemoData.DEMO_PASSPHRASE.toCharArray();
        try {
            var counts = VaultCreation.createOrFill(vault, pass, DemoData.demoData(), passphrase.given());
            spec.commandLine().getOut().println("demo vault created in " + vault.toAbsolutePath() + ": " + counts);
            if (!passphrase.given()) {
                spec.commandLine().getOut().println("passphrase: " + DemoData.DEMO_PASSPHRASE);
            }
            return 0;
        } finally {
            Secrets.wipe(pass);
        }
    }
}
