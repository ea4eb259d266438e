package nl.kring.ui;

import javafx.animation.PauseTransition;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.util.Duration;
import nl.kring.vault.AtomicFiles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Preferences as properties, saved debounced and atomically. Only non-sensitive values live here (never a
 * client, never a passphrase): lock timeout, theme, language, last vault folder.
 */
public final class Settings {
    public enum Theme { LIGHT, DARK }

    private final Path file;
    private final IntegerProperty autoLockMinutes = new SimpleIntegerProperty(5);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final StringProperty language = new SimpleStringProperty("nl");
    private final StringProperty lastVault = new SimpleStringProperty();
    private final IntegerProperty backupReminderDays = new SimpleIntegerProperty(7);
    private PauseTransition debounce;

    private Settings(Path file) {
        this.file = file;
    }

    public static Settings load(Path file) {
        Settings s = new Settings(file);
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                // unreadable preferences: start from defaults
            }
        }
        s.autoLockMinutes.set(clamp(parseInt(p.getProperty("autoLockMinutes"), 5), 1, 120));
        s.theme.set("DARK".equals(p.getProperty("theme")) ? Theme.DARK : Theme.LIGHT);
        s.language.set("en".equals(p.getProperty("language")) ? "en" : "nl");
        s.lastVault.set(p.getProperty("lastVault"));
        s.backupReminderDays.set(clamp(parseInt(p.getProperty("backupReminderDays"), 7), 1, 365));
        return s;
    }

    /** Starts saving on every change, at most once per half second. Call on the FX thread. */
    public void saveOnChange() {
        debounce = new PauseTransition(Duration.millis(500));
        debounce.setOnFinished(e -> save());
        Runnable schedule = () -> debounce.playFromStart();
        autoLockMinutes.addListener((o, a, b) -> schedule.run());
        theme.addListener((o, a, b) -> schedule.run());
        language.addListener((o, a, b) -> schedule.run());
        lastVault.addListener((o, a, b) -> schedule.run());
        backupReminderDays.addListener((o, a, b) -> schedule.run());
    }

    public synchronized void save() {
        Properties p = new Properties();
        p.setProperty("autoLockMinutes", Integer.toString(autoLockMinutes.get()));
        p.setProperty("theme", theme.get().name());
        p.setProperty("language", language.get());
        p.setProperty("backupReminderDays", Integer.toString(backupReminderDays.get()));
        if (lastVault.get() != null) {
            p.setProperty("lastVault", lastVault.get());
        }
        try {
            Files.createDirectories(file.getParent());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            p.store(out, "Kring preferences (no client data)");
            AtomicFiles.write(file, out.toByteArray());
        } catch (IOException e) {
            Logger.getLogger(Settings.class.getName()).warning("preferences not saved");
        }
    }

    public IntegerProperty autoLockMinutesProperty() {
        return autoLockMinutes;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public StringProperty languageProperty() {
        return language;
    }

    public StringProperty lastVaultProperty() {
        return lastVault;
    }

    public IntegerProperty backupReminderDaysProperty() {
        return backupReminderDays;
    }

    private static int parseInt(String s, int fallback) {
        try {
            return s == null ? fallback : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static int clamp(int v, int min, int max) {
        return Math.max(min, Math.min(max, v));
    }
}
