package nl.kring;

import nl.kring.vault.KdfParams;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Registered for every test class (META-INF/services, autodetection in junit-platform.properties): vaults created in
 * the test JVM get tiny Argon2 parameters, so the hundreds of vaults the tests make open in milliseconds. This is
 * in-process injection; the shipped jar has no switch for it (see KdfParamsTest and CliProcessIT).
 */
public final class CheapKdfExtension implements BeforeAllCallback {
    public static final int MEMORY_KIB = 1024;

    static {
        KdfParams.useCostForNewVaults(MEMORY_KIB, 1, 1);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        KdfParams.useCostForNewVaults(MEMORY_KIB, 1, 1);
    }
}
