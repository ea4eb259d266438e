package nl.kring.cli;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import nl.kring.TestVaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 14 through the packaged jar: the mail and calendar libraries work once shaded into kring.jar. */
class InviteProcessIT {
    @TempDir
    Path tmp;

    int kring(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dkring.argon2.fast=true", "-jar", System.getProperty("kring.jar")));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("DISPLAY");
        pb.environment().put("KRING_PASSPHRASE", TestVaults.PASSPHRASE);
        pb.environment().put("KRING_HOME", tmp.resolve("home").toString());
        pb.redirectOutput(tmp.resolve("out.txt").toFile());
        pb.redirectError(tmp.resolve("err.txt").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }

    @Test
    void inviteWithDraftsAndRegistersFromTheJar() throws Exception {
        Path vault = tmp.resolve("v");
        assertThat(kring("demo", "--vault", vault.toString())).isZero();
        Path out = tmp.resolve("uit");
        int code = kring("invite", "--vault", vault.toString(), "--meeting", "2026-11-26", "--out", out.toString(), "--mail");
        assertThat(code).as(Files.readString(tmp.resolve("err.txt"))).isZero();
        assertThat(Files.readString(tmp.resolve("out.txt"))).contains("8 partners invited, 24 files written");
        MimeMessage msg;
        try (InputStream in = Files.newInputStream(out.resolve("woco-dak.eml"))) {
            msg = new MimeMessage(Session.getInstance(new Properties()), in);
        }
        assertThat(msg.getHeader("X-Unsent")).containsExactly("1");
        var parts = InviteCommandTest.parts(msg);
        assertThat(parts.get("woco-dak-uitnodiging.pdf")).isEqualTo(Files.readAllBytes(out.resolve("woco-dak-uitnodiging.pdf")));
        assertThat(new CalendarBuilder().build(Files.newInputStream(out.resolve("woco-dak.ics")))
                .getComponents("VEVENT")).hasSize(2);
        assertThat(kring("registers", "--vault", vault.toString(), "--out", tmp.resolve("reg").toString())).isZero();
        assertThat(Files.readString(tmp.resolve("reg/auditlog.csv"), StandardCharsets.UTF_8)).contains("invitation woco-dak");
    }
}
