package nl.kring.pseudonym;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.kring.cli.ClientsFile;

/**
 * The annotated evaluation minutes in src/test/resources/pseudonym. Markup:
 * {@code {{2026-017:TITLE|mevrouw De Vries}}} a mention of the client of case 2026-017 (variant TITLE),
 * {@code {{2026-017~zoon:RELATIVE|Peter}}} a relative, {@code [[WORD|visser]]} a trap that must stay.
 */
final class EvalCorpus {

    record Gold(int start, int end, String caseNumber, String relation, String variant, String text, String file) {
    }

    record Trap(int start, int end, String type, String text, String file) {
    }

    record Doc(String name, String text, List<Gold> gold, List<Trap> traps) {
    }

    static final List<String> FILES = List.of("minutes-01.txt", "minutes-02.txt", "minutes-03.txt", "minutes-04.txt",
            "minutes-05.txt", "minutes-06.txt", "minutes-07.txt", "minutes-08.txt", "minutes-09.txt",
            "minutes-10.txt", "minutes-11.txt", "minutes-12.txt", "minutes-13.txt");

    /**
     * Held out: written after an engine version and run once before the next change to the engine, not tuned on.
     * minutes-06 after the first version (issue 3); minutes-08 before the changes for issue 12 (minutes-07 holds
     * the weak-spot categories of issue 12 and is development data); minutes-09, with nine new clients, before the
     * second round of issue 12; minutes-10 after it; minutes-11, with five new clients, before the third round;
     * minutes-12, with six new clients, before the fourth round; minutes-13, with eight new clients, before the fifth.
     */
    static final Set<String> HELD_OUT = Set.of("minutes-06.txt", "minutes-08.txt", "minutes-09.txt",
            "minutes-10.txt", "minutes-11.txt", "minutes-12.txt", "minutes-13.txt");

    private static final Pattern MARKUP = Pattern.compile(
            "\\{\\{([0-9]{4}-[0-9]{3,4})(?:~([^:]+))?:([A-Z_]+)\\|(.*?)\\}\\}|\\[\\[([A-Z_]+)\\|(.*?)\\]\\]",
            Pattern.DOTALL);

    static ClientsFile clients() {
        try {
            return ClientsFile.read(Path.of(EvalCorpus.class.getResource("/pseudonym/clients.json").toURI()));
        } catch (ClientsFile.Invalid | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Recognizer recognizer() {
        ClientsFile cf = clients();
        return Recognizer.builder().clients(cf.clients()).professionals(cf.professionals())
                .professionalAddresses(cf.professionalAddresses()).build();
    }

    static List<Doc> docs() {
        List<Doc> out = new ArrayList<>();
        for (String f : FILES) {
            out.add(parse(f, read("/pseudonym/" + f)));
        }
        return out;
    }

    static String read(String resource) {
        try (InputStream in = EvalCorpus.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Doc parse(String name, String marked) {
        StringBuilder plain = new StringBuilder(marked.length());
        List<Gold> gold = new ArrayList<>();
        List<Trap> traps = new ArrayList<>();
        Matcher m = MARKUP.matcher(marked);
        int at = 0;
        while (m.find()) {
            plain.append(marked, at, m.start());
            int s = plain.length();
            if (m.group(1) != null) {
                plain.append(m.group(4));
                gold.add(new Gold(s, plain.length(), m.group(1), m.group(2), m.group(3), m.group(4), name));
            } else {
                plain.append(m.group(6));
                traps.add(new Trap(s, plain.length(), m.group(5), m.group(6), name));
            }
            at = m.end();
        }
        plain.append(marked, at, marked.length());
        String text = plain.toString();
        if (text.contains("{{") || text.contains("[[") || text.contains("}}") || text.contains("]]")) {
            throw new IllegalStateException(name + ": unbalanced markup");
        }
        return new Doc(name, text, gold, traps);
    }

    /** All evaluation minutes as one text (for benchmarks). */
    static String plainText() {
        StringBuilder sb = new StringBuilder();
        for (Doc d : docs()) {
            sb.append(d.text()).append("\n\n");
        }
        return sb.toString();
    }
}
