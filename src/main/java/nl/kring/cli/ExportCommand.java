package nl.kring.cli;

import nl.kring.report.ExportService;
import nl.kring.report.MinutesSuspects;
import nl.kring.report.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "export", description = "Write one report PDF per partner of a meeting, plus verslag.pdf and rooster.pdf.")
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    VaultOptions vault;

    @Option(names = "--meeting", required = true, paramLabel = "YYYY-MM-DD", description = "The meeting date.")
    String meeting;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the PDF files.")
    Path out;

    @Option(names = "--passwords", paramLabel = "FILE",
            description = "Optional: lines 'partner-id=password'; those partners get an AES-256 protected PDF.")
    Path passwords;

    @Option(names = "--mail", description = "Also write a mail draft <partner-id>.eml (X-Unsent: 1) beside each partner report, "
            + "with the report attached; a password is never in a draft.")
    boolean mail;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LocalDate date = AgendaCommand.parseDate(meeting, "--meeting");
        Map<String, String> pw = readPasswords();
        Cli.withStore(vault, store -> {
            List<MinutesSuspects.Open> open;
            try {
                open = MinutesSuspects.open(store, date);
            } catch (IllegalArgumentException e) {
                throw new CliException(e.getMessage());
            }
            if (!open.isEmpty()) {
                // Case numbers only: the suspects themselves may be names.
                String items = open.stream().map(MinutesSuspects.Open::caseNumber).distinct().collect(Collectors.joining(", "));
                throw new CliException(open.size() + (open.size() == 1 ? " possible name" : " possible names")
                        + " in the minutes of " + date + " not yet reviewed (items " + items
                        + "): dismiss or confirm them in the minutes editor first; nothing was exported");
            }
            try {
                var result = ExportService.exportMeeting(store, date, out, pw, new ProgressListener() {
                    @Override
                    public void progress(int done, int total, String fileName) {
                    }

                    @Override
                    public void warning(String message) {
                        spec.commandLine().getErr().println("kring: warning: " + message);
                    }
                }, mail);
                for (Path f : result.files()) {
                    spec.commandLine().getOut().println(f);
                }
                spec.commandLine().getOut().println(result.files().size() + " files written to " + out.toAbsolutePath());
            } catch (IllegalArgumentException e) {
                throw new CliException(e.getMessage());
            } catch (IOException e) {
                throw new CliException("the reports could not be written to " + out + ": " + e.getMessage()
                        + "; no report was left half-written");
            }
        });
        return 0;
    }

    private Map<String, String> readPasswords() {
        if (passwords == null) {
            return Map.of();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(passwords)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CliException("cannot read the passwords file " + passwords + ": " + e.getMessage());
        }
        Map<String, String> result = new HashMap<>();
        p.forEach((k, v) -> result.put(k.toString().strip(), v.toString()));
        return result;
    }
}
