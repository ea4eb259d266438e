package nl.kring.ui.common;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: every dialog and sub-window the UI makes gets Esc through {@link Escape} (one behaviour, one helper), so
 * a dialog added later without it fails here. The meeting room and the presentation window are left out on purpose:
 * they stay open for the whole meeting (the presentation blanks with B, the room closes with its own button).
 */
class EscapeEverywhereTest {
    static final Set<String> ON_PURPOSE_WITHOUT = Set.of("MeetingRoomWindow.java", "PresentationWindow.java");
    static final Pattern WINDOW = Pattern.compile(
            "new (?:javafx\\.scene\\.control\\.|javafx\\.stage\\.)?(Dialog|Alert|TextInputDialog|ChoiceDialog|Stage)\\b(?:<[^>]*>)?\\(");

    @Test
    void everyDialogAndSubWindowInTheUiClosesWithEsc() throws IOException {
        List<String> missing = new ArrayList<>();
        int windows = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/nl/kring/ui"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String name = f.getFileName().toString();
                String src = Files.readString(f);
                Matcher m = WINDOW.matcher(src);
                int made = 0;
                while (m.find()) {
                    made++;
                }
                if (made == 0 || ON_PURPOSE_WITHOUT.contains(name)) {
                    continue;
                }
                windows += made;
                int escapes = src.split("Escape\\.closes\\(", -1).length - 1;
                if (escapes < made) {
                    missing.add(name + ": " + made + " dialog(s) or window(s), " + escapes + " with Escape.closes");
                }
            }
        }
        assertThat(missing).isEmpty();
        // the dialogs of today: confirmation, error, shortcuts, evaluation, new meeting, invitation, export passwords,
        // password list, export preview, relative, matrix reason, override, view-as, disclosure, withdrawal, retention
        assertThat(windows).isGreaterThanOrEqualTo(16);
    }
}
