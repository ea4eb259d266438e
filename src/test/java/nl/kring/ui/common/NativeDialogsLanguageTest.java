package nl.kring.ui.common;

import javafx.stage.Stage;
import nl.kring.ui.KringApplication;
import nl.kring.ui.Settings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static nl.kring.ui.FxTestSupport.onFx;
import static nl.kring.ui.FxTestSupport.startFx;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: the folder chooser follows the UI language. On Linux it is GTK's dialog, whose words gettext takes from
 * the process's {@code LANGUAGE}; the application sets it to its own language when it is built (under Xvfb with
 * {@code LANG=C.UTF-8} the chooser read "Cancel"/"Open" before, "Annuleren"/"Openen" after). Headless JavaFX has no
 * GTK dialog to open, so this reads the variable the dialog's gettext reads.
 */
@Tag("ui")
@EnabledOnOs(OS.LINUX)
class NativeDialogsLanguageTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void fx() throws Exception {
        startFx();
    }

    @Test
    void theApplicationSetsTheDialogsLanguageToItsOwn() throws Exception {
        for (String language : new String[] {"en", "nl"}) {
            Settings settings = Settings.load(dir.resolve(language + ".properties"));
            settings.languageProperty().set(language);
            onFx(() -> KringApplication.buildOn(new Stage(), settings, dir.resolve("v"), false));
            assertThat(NativeDialogsLanguage.current()).as("LANGUAGE with the UI in " + language).contains(language);
        }
    }
}
