package nl.kring.cli;

import nl.kring.report.ExportService;
import nl.kring.report.MinutesSuspects;
import nl.kring.report.ProgressListener;
import nl.kring.report.ReportPasswords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        Cli.checkOut(out);
        List<PasswordLine> lines = readPasswords();
        Cli.withStore(vault, store -> {
            Map<String, String> pw = checkPasswords(lines, store.partners().all().stream().map(p -> p.id()).toList());
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
                spec.commandLine().getOut().println(result.unclassified() + " unclassified paragraph"
                        + (result.unclassified() == 1 ? "" : "s") + " went to verslag.pdf only");
            } catch (ExportService.OpenPossibleNames e) {
                throw notReviewed(date, e.open());
            } catch (IllegalArgumentException e) {
                throw new CliException(e.getMessage());
            } catch (IOException e) {
                throw new CliException("the reports could not be written to " + out + ": " + e.getMessage()
                        + "; no report was left half-written");
            }
        });
        return 0;
    }

    /** ExportService refused: the possible names not yet judged, said with case numbers only (they may be names). */
    private static CliException notReviewed(LocalDate date, List<MinutesSuspects.Open> open) {
        String items = open.stream().map(o -> o.caseNumber().isEmpty() ? "location" : o.caseNumber()).distinct()
                .collect(Collectors.joining(", "));
        return new CliException(open.size() + (open.size() == 1 ? " possible name" : " possible names")
                + " in the minutes of " + date + " not yet reviewed (items " + items
                + "): dismiss or confirm them in the minutes editor first; nothing was exported");
    }

    /** One line of the passwords file: its number, the partner id and the password as written. */
    record PasswordLine(int number, String id, String password) {
        @Override
        public String toString() {
            return "PasswordLine[" + number + ", " + id + ", …]";
        }
    }

    /**
     * Reads {@code partner-id=password} lines (UTF-8; blank lines and lines starting with # skipped). The password is
     * everything after the first '=', surrounding whitespace removed; it is never echoed in a message.
     */
    private List<PasswordLine> readPasswords() {
        if (passwords == null) {
            return List.of();
        }
        List<String> raw;
        try {
            raw = Files.readAllLines(passwords, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new CliException("the passwords file " + passwords + " is not UTF-8 text");
        } catch (IOException e) {
            throw new CliException("cannot read the passwords file " + passwords + ": " + e.getMessage());
        }
        List<PasswordLine> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String line = raw.get(i);
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new CliException("passwords file " + passwords + ", line " + (i + 1)
                        + ": expected partner-id=password; nothing was exported");
            }
            out.add(new PasswordLine(i + 1, line.substring(0, eq).strip(), line.substring(eq + 1).strip()));
        }
        return out;
    }

    /**
     * The passwords by partner id, after checking every line against the vault's partners: an unknown id (also one
     * that differs only in letter case), a second line for the same partner, an empty password or one shorter than
     * {@link ReportPasswords#MIN_LENGTH} stops the export with the line named: a partner the chair meant to protect
     * must never silently get a plaintext file.
     */
    Map<String, String> checkPasswords(List<PasswordLine> lines, List<String> partnerIds) {
        Map<String, String> result = new LinkedHashMap<>();
        for (PasswordLine l : lines) {
            String where = "passwords file " + passwords + ", line " + l.number() + ": ";
            if (l.id().isEmpty()) {
                throw new CliException(where + "no partner id before '='; nothing was exported");
            }
            if (!partnerIds.contains(l.id())) {
                String hint = partnerIds.stream().filter(id -> id.equalsIgnoreCase(l.id())).findFirst()
                        .map(id -> " (letter case differs from partner '" + id + "')").orElse("");
                throw new CliException(where + "unknown partner id '" + l.id() + "'" + hint + "; nothing was exported");
            }
            if (result.containsKey(l.id())) {
                throw new CliException(where + "a second password for '" + l.id() + "'; nothing was exported");
            }
            var problem = ReportPasswords.problem(l.password());
            if (problem.isPresent()) {
                throw new CliException(where + (problem.get().equals("empty") ? "the password for '" + l.id() + "' is empty"
                        : "the password for '" + l.id() + "' is shorter than " + ReportPasswords.MIN_LENGTH
                        + " characters") + "; nothing was exported");
            }
            result.put(l.id(), l.password());
        }
        return result;
    }
}
