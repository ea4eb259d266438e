package nl.kring.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.kring.pseudonym.Recognition;
import nl.kring.pseudonym.Recognizer;
import nl.kring.pseudonym.Replacement;
import nl.kring.pseudonym.Suspect;
import nl.kring.vault.OutputPaths;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kring pseudonymize --clients FILE.json [--in FILE] [--out FILE] [--format text|json]}: replaces
 * every mention of the clients in the text (stdin by default) by the case number. Input must be UTF-8
 * (a byte-order mark is skipped); output is UTF-8 bytes on standard output (or --out), whatever the
 * locale. Errors: one line on standard error, exit code 2.
 *
 * <p>JSON: {@code {"text", "replacements": [{"original", "replacement", "kind", "case", "start", "end"}],
 * "suspects": [{"text", "reason", "start", "end"}]}}; kind is client, relative, address, bsn, birthDate or
 * phone. An ambiguous name (two clients called Jan) is still replaced; its replacement has
 * {@code "ambiguous": true}, {@code "cases": [...]} and {@code "case": "2026-017/2026-021"}, and its marker
 * reads {@code [cliënt 2026-017/2026-021]}. A typo-tolerant match has {@code "approximate": true}.
 */
@Command(name = "pseudonymize", mixinStandardHelpOptions = true,
        description = {"Vervangt namen, adressen, BSN, geboortedata en telefoonnummers van cliënten door het casusnummer.",
            "Replaces every mention of the clients in the text by their case number."})
public final class PseudonymizeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    // checked in call(), so that a missing value is one line on stderr whatever handler the root has
    @Option(names = "--clients", paramLabel = "FILE.json",
            description = "The cases: the interchange file's cases array, or {\"cases\": [...]} (number and client).")
    Path clients;

    @Option(names = "--in", paramLabel = "FILE", description = "Input text, UTF-8 (default: standard input).")
    Path in;

    @Option(names = "--out", paramLabel = "FILE", description = "Output (default: standard output).")
    Path out;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "text (default): the pseudonymised text; json: text, replacements and suspects.")
    String format;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (clients == null) {
                throw new UserError("--clients FILE.json is required");
            }
            if (!format.equals("text") && !format.equals("json")) {
                throw new UserError("--format must be text or json, not " + format);
            }
            ClientsFile cf = ClientsFile.read(clients);
            String text = readInput();
            Recognizer recognizer = cf.recognizer();
            Recognition rec = recognizer.recognize(text);
            String output = format.equals("json") ? json(rec) : rec.pseudonymized();
            write(output);
            return 0;
        } catch (ClientsFile.Invalid | UserError e) {
            err.println("kring pseudonymize: " + e.getMessage());
            err.flush();
            return 2;
        }
    }

    private static final class UserError extends Exception {
        UserError(String message) {
            super(message);
        }
    }

    private String readInput() throws UserError {
        byte[] bytes;
        String name = in == null ? "standard input" : in.toString();
        try {
            if (in == null) {
                bytes = System.in.readAllBytes();
            } else {
                bytes = Files.readAllBytes(in);
            }
        } catch (NoSuchFileException e) {
            throw new UserError("input file not found: " + in);
        } catch (IOException e) {
            throw new UserError("cannot read " + name + ": " + e.getMessage());
        }
        int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buf = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return dec.decode(buf).toString();
        } catch (MalformedInputException e) {
            throw new UserError(name + " is not valid UTF-8 (bad byte at offset " + buf.position() + ")");
        } catch (CharacterCodingException e) {
            throw new UserError(name + " is not valid UTF-8");
        }
    }

    private void write(String output) throws UserError {
        byte[] bytes = output.getBytes(StandardCharsets.UTF_8);
        if (out == null) {
            // always UTF-8, whatever the locale says stdout.encoding is
            PrintStream stdout = System.out;
            stdout.write(bytes, 0, bytes.length);
            stdout.flush();
            if (stdout.checkError()) {
                throw new UserError("cannot write to standard output");
            }
            return;
        }
        Optional<String> problem = OutputPaths.problem(out);
        if (problem.isPresent()) {
            throw new UserError(problem.get());
        }
        try (OutputStream os = Files.newOutputStream(out)) {
            os.write(bytes);
        } catch (NoSuchFileException e) {
            throw new UserError("cannot write " + out + ": folder does not exist");
        } catch (IOException e) {
            throw new UserError("cannot write " + out + ": " + e.getMessage());
        }
    }

    static String json(Recognition rec) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("text", rec.pseudonymized());
        ArrayNode reps = root.putArray("replacements");
        for (Replacement r : rec.replacements()) {
            ObjectNode o = reps.addObject();
            o.put("original", r.original());
            o.put("replacement", r.replacement());
            o.put("kind", r.kind().code());
            o.put("case", r.caseNumber());
            if (r.ambiguous()) {
                o.put("ambiguous", true);
                ArrayNode cases = o.putArray("cases");
                r.cases().forEach(cases::add);
            }
            if (r.approximate()) {
                o.put("approximate", true);
            }
            o.put("start", r.start());
            o.put("end", r.end());
        }
        ArrayNode sus = root.putArray("suspects");
        for (Suspect s : rec.suspects()) {
            ObjectNode o = sus.addObject();
            o.put("text", s.text());
            o.put("reason", s.reason());
            o.put("start", s.start());
            o.put("end", s.end());
        }
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
