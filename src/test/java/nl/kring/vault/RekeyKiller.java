package nl.kring.vault;

import java.nio.file.Path;
import java.util.logging.LogManager;

/**
 * The child process of {@link RekeyKillIT}: opens the vault and changes its passphrase with a new key, and at the
 * named step ends the JVM at once ({@code Runtime.halt}: no finally, no shutdown hook, no clean close, as a power
 * cut or a kill would). Arguments: vault folder, per-user record file, step.
 */
public final class RekeyKiller {
    private RekeyKiller() {
    }

    public static void main(String[] args) throws Exception {
        LogManager.getLogManager().reset();
        Path dir = Path.of(args[0]);
        VaultWitness witness = new VaultWitness(Path.of(args[1]));
        Rekey.Step at = Rekey.Step.valueOf(args[2]);
        VaultSession s = Vault.open(dir, RekeyKillIT.OLD.toCharArray(), witness, false);
        s.changePassphrase(RekeyKillIT.OLD.toCharArray(), RekeyKillIT.NEW.toCharArray(), true, step -> {
            if (step == at) {
                Runtime.getRuntime().halt(137);
            }
        });
        System.exit(3); // the step was never reached
    }
}
