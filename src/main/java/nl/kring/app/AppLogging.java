package nl.kring.app;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * One log file per user, with no client data: Kring's own messages name case numbers only, and exception
 * messages (which can echo user input) are left out; class names and stack frames are kept for diagnosis.
 */
public final class AppLogging {
    private static boolean configured;
    // JUL keeps loggers weakly: without these references the levels set below would be forgotten.
    private static final List<Logger> PINNED = new ArrayList<>();

    private AppLogging() {
    }

    public static synchronized void configure() {
        if (configured) {
            return;
        }
        configured = true;
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        for (String noisy : new String[] {"org.flywaydb", "org.jooq", "org.h2", "org.apache.pdfbox", "org.apache.fontbox",
                "javafx", "com.sun.javafx"}) {
            Logger quiet = Logger.getLogger(noisy);
            quiet.setLevel(Level.WARNING);
            PINNED.add(quiet);
        }
        try {
            Files.createDirectories(AppDirs.logs());
            Handler file = new FileHandler(AppDirs.logs().resolve("kring.%g.log").toString(), 1_000_000, 3, true);
            file.setEncoding("UTF-8");
            file.setFormatter(new RedactingFormatter());
            root.addHandler(file);
        } catch (IOException | RuntimeException e) {
            // No log folder (read-only home): Kring runs without a log rather than not at all.
        }
    }

    /** One line per record; exceptions as class names and frames only. */
    public static final class RedactingFormatter extends Formatter {
        @Override
        public String format(LogRecord r) {
            StringBuilder sb = new StringBuilder();
            sb.append(Instant.ofEpochMilli(r.getMillis())).append(' ').append(r.getLevel()).append(' ')
                    .append(r.getLoggerName()).append(": ").append(formatMessage(r)).append(System.lineSeparator());
            for (Throwable t = r.getThrown(); t != null; t = t.getCause()) {
                sb.append("  caused by ").append(t.getClass().getName()).append(System.lineSeparator());
                StackTraceElement[] frames = t.getStackTrace();
                for (int i = 0; i < Math.min(frames.length, 25); i++) {
                    sb.append("    at ").append(frames[i]).append(System.lineSeparator());
                }
                if (t.getCause() == t) {
                    break;
                }
            }
            return sb.toString();
        }
    }

}
