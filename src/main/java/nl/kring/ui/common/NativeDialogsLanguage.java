package nl.kring.ui.common;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Locale;
import java.util.Optional;

/**
 * The folder and file choosers JavaFX opens on Linux are GTK's own dialogs, whose words come from gettext in the
 * language of the process environment — English under {@code LANG=C.UTF-8}, whatever Kring's own language (issue 13:
 * "the folder chooser follows the UI language where JavaFX allows"). gettext reads {@code LANGUAGE} at every lookup,
 * so Kring sets it in its own process to the UI language; seen under Xvfb: "Annuleren", "Openen", "Persoonlijke map".
 * Windows and macOS dialogs follow the system language, which Kring cannot change; there this does nothing.
 */
public final class NativeDialogsLanguage {
    private NativeDialogsLanguage() {
    }

    /** Sets the process's {@code LANGUAGE} to the UI language on Linux; whether it was set. */
    public static boolean follow(Locale ui) {
        if (!isLinux()) {
            return false;
        }
        try (Arena arena = Arena.ofConfined()) {
            MethodHandle setenv = libc("setenv",
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
            int rc = (int) setenv.invokeExact(arena.allocateFrom("LANGUAGE"), arena.allocateFrom(ui.getLanguage()), 1);
            return rc == 0;
        } catch (Throwable e) {
            return false; // no libc to call (or no native access): the dialogs keep the system's language
        }
    }

    /** The process's {@code LANGUAGE} as the C library sees it now ({@link System#getenv} is a copy from the start). */
    public static Optional<String> current() {
        if (!isLinux()) {
            return Optional.empty();
        }
        try (Arena arena = Arena.ofConfined()) {
            MethodHandle getenv = libc("getenv", FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS));
            MemorySegment value = (MemorySegment) getenv.invokeExact(arena.allocateFrom("LANGUAGE"));
            return value.equals(MemorySegment.NULL) ? Optional.empty()
                    : Optional.of(value.reinterpret(Long.MAX_VALUE).getString(0));
        } catch (Throwable e) {
            return Optional.empty();
        }
    }

    private static MethodHandle libc(String name, FunctionDescriptor descriptor) {
        Linker linker = Linker.nativeLinker();
        return linker.downcallHandle(linker.defaultLookup().find(name).orElseThrow(), descriptor);
    }

    private static boolean isLinux() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
    }
}
