package nl.kring.cli;

import nl.kring.interchange.Interchange;
import nl.kring.interchange.InterchangeException;
import nl.kring.interchange.InterchangeReader;
import nl.kring.vault.Secrets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "demo", description = "Create a demo vault with synthetic cases (fictitious names only).")
public final class DemoCommand implements Callable<Integer> {
    /** Printed and shown on the unlock screen of a demo vault: the data in it is fictitious. */
    public static final String DEMO_PASSPHRASE = "Rivierstad demo kluis zonder echte gegevens";

    @Option(names = "--vault", required = true, paramLabel = "DIR", description = "Folder for the new demo vault.")
    Path vault;

    @Mixin
    PassphraseOptions passphrase;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        char[] pass = passphrase.given() ? passphrase.read() : DEMO_PASSPHRASE.toCharArray();
        try {
            var counts = VaultCreation.createOrFill(vault, pass, demoData(), passphrase.given());
            spec.commandLine().getOut().println("demo vault created in " + vault.toAbsolutePath() + ": " + counts);
            if (!passphrase.given()) {
                spec.commandLine().getOut().println("passphrase: " + DEMO_PASSPHRASE);
            }
            return 0;
        } finally {
            Secrets.wipe(pass);
        }
    }

    public static Interchange demoData() {
        try (InputStream in = DemoCommand.class.getResourceAsStream("/demo/demo.json")) {
            if (in == null) {
                throw new IllegalStateException("demo data missing from the application");
            }
            return InterchangeReader.read(in);
        } catch (IOException | InterchangeException e) {
            throw new IllegalStateException("demo data invalid: " + e.getMessage(), e);
        }
    }
}
