package nl.kring.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.kring.TestVaults;
import nl.kring.vault.KdfParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the packaged jar as a chair's script would. */
class CliProcessIT {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    Run kring(Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("kring.jar")));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("KRING_PASSPHRASE");
        pb.environment().put("KRING_HOME", tmp.resolve("home").toString());
        pb.environment().putAll(env);
        pb.redirectOutput(tmp.resolve("out.txt").toFile());
        pb.redirectError(tmp.resolve("err.txt").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), Files.readString(tmp.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(tmp.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    static final Map<String, String> PASS = Map.of("KRING_PASSPHRASE", TestVaults.PASSPHRASE);

    @Test
    void demoVerifyBackupRestore() throws Exception {
        Path vault = tmp.resolve("demo");
        // Made in this JVM, whose new vaults get cheap Argon2 parameters (CheapKdfExtension); the jar reads them
        // from the header, so its opens stay fast although the jar itself only ever makes vaults at full cost.
        Path passFile = TestVaults.passphraseFile(tmp);
        StringWriter demoOut = new StringWriter();
        var cl = Cli.commandLine();
        cl.setOut(new PrintWriter(demoOut));
        assertThat(cl.execute("demo", "--vault", vault.toString(), "--passphrase-file", passFile.toString())).isZero();
        assertThat(demoOut.toString()).contains("15 cases");

        Run verify = kring(PASS, "verify", "--vault", vault.toString());
        assertThat(verify.code()).as(verify.err()).isZero();
        assertThat(verify.out()).contains("vault OK: 15 cases");

        Run wrong = kring(Map.of("KRING_PASSPHRASE", "niet de goede wachtzin van de kluis"), "verify", "--vault", vault.toString());
        assertThat(wrong.code()).isEqualTo(3);
        assertThat(wrong.err().strip()).isEqualTo("kring: Wrong passphrase.");

        Run none = kring(Map.of(), "verify", "--vault", vault.toString());
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("no passphrase: set KRING_PASSPHRASE or use --passphrase-file FILE");

        Path backup = tmp.resolve("usb/kring.backup");
        assertThat(kring(PASS, "backup", "--vault", vault.toString(), "--out", backup.toString()).code()).isZero();
        Run restore = kring(PASS, "restore", "--in", backup.toString(), "--vault", tmp.resolve("restored").toString());
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(kring(PASS, "verify", "--vault", tmp.resolve("restored").toString()).out()).contains("vault OK: 15 cases");

        Run overwrite = kring(PASS, "restore", "--in", backup.toString(), "--vault", vault.toString());
        assertThat(overwrite.code()).isNotZero();
        assertThat(overwrite.err()).contains("already exists").doesNotContain("Exception");
    }

    /** Issue 10: the jar has no switch for cheap keys; a vault it makes gets the full Argon2id cost. */
    @Test
    void theJarIgnoresTheOldCheapKeyFlag() throws Exception {
        Path vault = tmp.resolve("full-cost");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dkring.argon2.fast=true", "-jar", System.getProperty("kring.jar"), "demo", "--vault", vault.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("DISPLAY");
        pb.environment().put("KRING_HOME", tmp.resolve("home").toString());
        pb.environment().put("KRING_PASSPHRASE", TestVaults.PASSPHRASE);
        pb.redirectErrorStream(true);
        pb.redirectOutput(tmp.resolve("full-cost.txt").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(tmp.resolve("full-cost.txt"))).isZero();
        var kdf = new ObjectMapper().readTree(vault.resolve("vault.json").toFile()).path("kdf");
        assertThat(kdf.path("memoryKiB").asInt()).isEqualTo(KdfParams.DEFAULT_MEMORY_KIB);
        assertThat(kdf.path("iterations").asInt()).isEqualTo(KdfParams.DEFAULT_ITERATIONS);
    }

    @Test
    void userMistakesGetOneLineWithoutStackTrace() throws Exception {
        Run noVault = kring(PASS, "verify", "--vault", tmp.resolve("nothing").toString());
        assertThat(noVault.code()).isNotZero();
        assertThat(noVault.err()).contains("No vault in this folder").doesNotContain("\tat ");

        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"partners\": [], \"cases\": [{\"number\": \"2026-001\", \"client\": {\"surname\": \"X\", "
                + "\"bsn\": \"123456789\"}, \"phase\": \"MELDING\", \"kring\": []}]}");
        Run imp = kring(PASS, "import", "--vault", tmp.resolve("v").toString(), "--json", bad.toString());
        assertThat(imp.code()).isNotZero();
        // the structure is checked first (the JSON Schema): an empty kring stops the import before the domain checks
        assertThat(imp.err()).contains("cases[0].kring: is required").doesNotContain("\tat ");
        assertThat(tmp.resolve("v")).doesNotExist();

        Path badBsn = tmp.resolve("bad-bsn.json");
        Files.writeString(badBsn, "{\"partners\": [{\"id\": \"ggd\", \"name\": \"GGD\"}], \"cases\": [{\"number\": \"2026-001\", "
                + "\"client\": {\"surname\": \"X\", \"bsn\": \"123456789\"}, \"phase\": \"MELDING\", \"kring\": [\"ggd\"]}]}");
        Run domain = kring(PASS, "import", "--vault", tmp.resolve("v").toString(), "--json", badBsn.toString());
        assertThat(domain.code()).isNotZero();
        assertThat(domain.err()).contains("cases[0].client.bsn: 123456789 fails the 11-proef (line 1)").doesNotContain("\tat ");
        assertThat(tmp.resolve("v")).doesNotExist();

        Run unknown = kring(PASS, "frobnicate");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unmatched argument");

        Run gui = kring(PASS);
        assertThat(gui.code()).isNotZero();
        assertThat(gui.err()).contains("no display found");
    }
}
