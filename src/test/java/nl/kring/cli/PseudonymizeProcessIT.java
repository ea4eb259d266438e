package nl.kring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kring pseudonymize} as a real process on the packaged jar (failsafe, after package). */
class PseudonymizeProcessIT {

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    private Result kring(byte[] stdin, String... args) throws IOException, InterruptedException {
        String jar = System.getProperty("kring.jar", "target/kring.jar");
        // failsafe runs this after package; picked by surefire (-Dtest=Pseudo*) without a jar, it is skipped
        Assumptions.assumeTrue(Files.exists(Path.of(jar)), "no packaged jar at " + jar);
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Djava.awt.headless=true");
        cmd.add("-jar");
        cmd.add(jar);
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        // a plain POSIX locale: the output must still be UTF-8
        pb.environment().put("LANG", "C");
        pb.environment().remove("LC_ALL");
        pb.environment().put("KRING_HOME", dir.resolve("home").toString());
        Process p = pb.start();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
        try (OutputStream in = p.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin);
            }
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("kring did not finish within 60 s");
        }
        return new Result(p.exitValue(), new String(out.join(), StandardCharsets.UTF_8),
                new String(err.join(), StandardCharsets.UTF_8));
    }

    private static byte[] readAll(InputStream in) {
        try {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            in.transferTo(b);
            return b.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void pseudonymizesAFileAsText() throws Exception {
        Path clients = dir.resolve("clients.json");
        Files.writeString(clients, PseudonymizeCommandTest.CLIENTS, StandardCharsets.UTF_8);
        Path in = dir.resolve("verslag.txt");
        Files.writeString(in, """
                Casus 2026-017. Mevrouw bezocht dhr. De Vries (geb. 12-03-1984) op Kerkstraat 12.
                BSN 111.222.333, tel. 06 1234 5678. Zijn zoon Peter belde; Özdemir niet.
                """, StandardCharsets.UTF_8);
        Result r = kring(null, "pseudonymize", "--clients", clients.toString(), "--in", in.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("""
                Casus 2026-017. Mevrouw bezocht [cliënt 2026-017] (geb. [geboortedatum]) op [adres cliënt 2026-017].
                BSN [BSN], tel. [telefoon]. Zijn zoon [zoon van cliënt 2026-017] belde; Özdemir niet.
                """);
    }

    @Test
    void readsStdinAndWritesJson() throws Exception {
        Path clients = dir.resolve("clients.json");
        Files.writeString(clients, PseudonymizeCommandTest.CLIENTS, StandardCharsets.UTF_8);
        Result r = kring("Jan de Vries en buurman Henk Smit.".getBytes(StandardCharsets.UTF_8),
                "pseudonymize", "--clients", clients.toString(), "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("text").asText()).isEqualTo("[cliënt 2026-017] en buurman Henk Smit.");
        JsonNode rep = json.get("replacements").get(0);
        assertThat(rep.get("original").asText()).isEqualTo("Jan de Vries");
        assertThat(rep.get("replacement").asText()).isEqualTo("[cliënt 2026-017]");
        assertThat(rep.get("kind").asText()).isEqualTo("client");
        assertThat(rep.get("case").asText()).isEqualTo("2026-017");
        assertThat(json.get("suspects").get(0).get("text").asText()).isEqualTo("Henk Smit");
    }

    @Test
    void writesTheOutFile() throws Exception {
        Path clients = dir.resolve("clients.json");
        Files.writeString(clients, PseudonymizeCommandTest.CLIENTS, StandardCharsets.UTF_8);
        Path in = dir.resolve("in.txt");
        Files.writeString(in, "Hansje", StandardCharsets.UTF_8);
        Path out = dir.resolve("out.txt");
        Result r = kring(null, "pseudonymize", "--clients", clients.toString(), "--in", in.toString(),
                "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo("[cliënt 2026-017]");
    }

    @Test
    void aMissingClientsFileIsOneLineOnStderr() throws Exception {
        Result r = kring(new byte[0], "pseudonymize", "--clients", dir.resolve("missing.json").toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains("missing.json").doesNotContain("Exception");
    }
}
