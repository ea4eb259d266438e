package nl.kring.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16: the code (the UI's first, now all of it, main and test) names classes by their imports, not inline by
 * their full name
 * ({@code new nl.kring.ui.common.WorkerExecutor()}, {@code javafx.scene.text.Font} in a statement). Comments and string
 * literals may still name a class in full.
 */
class InlineNamesTest {
    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\".*?\"\"\"", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("\"(?:\\\\.|[^\"\\\\\\n])*\"");
    private static final Pattern CHAR = Pattern.compile("'(?:\\\\.|[^'\\\\\\n])'");
    private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern LINE_COMMENT = Pattern.compile("//[^\\n]*");
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*(?:import|package)\\s[^\\n]*");
    /** A package name in lower case followed by a class name, not itself part of a longer name. */
    static final Pattern INLINE = Pattern.compile(
            "(?<![\\w.])(?:java|javax|javafx|nl|org|com)\\.(?:[a-z_][a-z0-9_]*\\.)*[A-Z]\\w*");

    /** The code of a source file without its comments, string literals, imports and package line. */
    static String code(String source) {
        String s = TEXT_BLOCK.matcher(source).replaceAll("\"\"");
        s = STRING.matcher(s).replaceAll("\"\"");
        s = CHAR.matcher(s).replaceAll("' '");
        s = BLOCK_COMMENT.matcher(s).replaceAll(" ");
        s = LINE_COMMENT.matcher(s).replaceAll("");
        return IMPORT.matcher(s).replaceAll("");
    }

    static List<String> inlineNames(Path root) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                Matcher m = INLINE.matcher(code(Files.readString(f)));
                while (m.find()) {
                    found.add(root.relativize(f) + ": " + m.group());
                }
            }
        }
        return found;
    }

    @Test
    void everySourceNamesClassesByImport() throws IOException {
        assertThat(inlineNames(Path.of("src/main/java"))).isEmpty();
        assertThat(inlineNames(Path.of("src/test/java"))).isEmpty();
    }

    @Test
    void theCheckFindsAnInlineNameInCodeButNotInACommentOrAString() {
        String source = """
                package nl.kring.ui.x;
                import javafx.scene.text.Font;
                /** Uses {@link nl.kring.ui.common.WorkerExecutor}. */
                class X {
                    String css = "javafx.scene.control.Label";
                    // nl.kring.ui.common.Tasks in a comment
                    Object executor = new nl.kring.ui.common.WorkerExecutor();
                }
                """;
        Matcher m = INLINE.matcher(code(source));
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group());
        }
        assertThat(found).containsExactly("nl.kring.ui.common.WorkerExecutor");
    }
}
