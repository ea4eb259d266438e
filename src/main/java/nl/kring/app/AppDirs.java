package nl.kring.app;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The platform's per-user folders; never the installation folder. KRING_HOME (used by tests and portable setups)
 * puts everything under one folder instead.
 */
public final class AppDirs {
    private AppDirs() {
    }

    public static Path data() {
        String home = System.getenv("KRING_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath();
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String user = System.getProperty("user.home");
        if (os.startsWith("windows")) {
            String local = System.getenv("LOCALAPPDATA");
            return Path.of(local != null ? local : user, "Kring");
        }
        if (os.startsWith("mac")) {
            return Path.of(user, "Library", "Application Support", "Kring");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(user, ".local", "share")).resolve("kring");
    }

    public static Path defaultVault() {
        return data().resolve("kluis");
    }

    public static Path demoVault() {
        return data().resolve("demo-kluis");
    }

    public static Path logs() {
        return data().resolve("logs");
    }

    public static Path settingsFile() {
        return data().resolve("settings.properties");
    }
}
