package nl.kring.cli;

import nl.kring.report.ExportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

@Command(name = "invite", description = "Write the invitations of a planned meeting: per partner with items "
        + "<partner-id>-uitnodiging.pdf and <partner-id>.ics (and with --mail a <partner-id>.eml draft).")
public final class InviteCommand implements Callable<Integer> {
    @Mixin
    VaultOptions vault;

    @Option(names = "--meeting", required = true, paramLabel = "YYYY-MM-DD", description = "The meeting date.")
    String meeting;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the files.")
    Path out;

    @Option(names = "--mail", description = "Also write a mail draft per partner (X-Unsent: 1) with the PDF and .ics attached.")
    boolean mail;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LocalDate date = AgendaCommand.parseDate(meeting, "--meeting");
        Cli.checkOut(out);
        Cli.withStore(vault, store -> {
            try {
                var result = ExportService.invite(store, date, out, mail);
                for (String w : result.warnings()) {
                    spec.commandLine().getErr().println("kring: warning: " + w);
                }
                for (var c : result.cancellations()) {
                    spec.commandLine().getOut().println("kring: " + c.line());
                }
                for (Path f : result.files()) {
                    spec.commandLine().getOut().println(f);
                }
                spec.commandLine().getOut().println(result.invitations().size() + " partners invited, "
                        + result.files().size() + " files written to " + out.toAbsolutePath());
            } catch (IllegalArgumentException e) {
                throw new CliException(e.getMessage());
            } catch (IOException e) {
                throw new CliException("the invitations could not be written to " + out + ": " + e.getMessage()
                        + "; no file was left half-written");
            }
        });
        return 0;
    }
}
