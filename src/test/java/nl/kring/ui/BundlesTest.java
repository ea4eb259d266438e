package nl.kring.ui;

import nl.kring.ui.common.KeyboardShortcut;
import nl.kring.vault.VaultException;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every UI text exists in Dutch and in English, and no text is empty. */
class BundlesTest {
    static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/nl/kring/ui/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyKeyIsInEveryBundle() throws Exception {
        Properties dutch = load("messages_nl.properties");
        Properties en = load("messages.properties");
        Set<String> onlyNl = new TreeSet<>(dutch.stringPropertyNames());
        onlyNl.removeAll(en.stringPropertyNames());
        Set<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
        onlyEn.removeAll(dutch.stringPropertyNames());
        assertThat(onlyNl).as("keys missing in English").isEmpty();
        assertThat(onlyEn).as("keys missing in Dutch").isEmpty();
        dutch.forEach((k, v) -> assertThat(v.toString()).as("nl " + k).isNotBlank());
        en.forEach((k, v) -> assertThat(v.toString()).as("en " + k).isNotBlank());
    }

    @Test
    void everyKeyUsedInTheCodeExists() throws Exception {
        Properties dutch = load("messages_nl.properties");
        var pattern = Pattern.compile("I18n\\.t\\(\"([a-zA-Z0-9_.]*[a-zA-Z0-9])\"[,)]");
        Set<String> missing = new TreeSet<>();
        try (var files = Files.walk(Path.of("src/main/java"))) {
            for (var f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                var m = pattern.matcher(Files.readString(f));
                while (m.find()) {
                    if (!dutch.containsKey(m.group(1))) {
                        missing.add(m.group(1) + " in " + f.getFileName());
                    }
                }
            }
        }
        for (var s : KeyboardShortcut.values()) {
            if (!dutch.containsKey(s.labelKey())) {
                missing.add(s.labelKey());
            }
        }
        for (var k : VaultException.Kind.values()) {
            if (!dutch.containsKey("vault.error." + k.name())) {
                missing.add("vault.error." + k.name());
            }
        }
        assertThat(missing).isEmpty();
    }
}
