package nl.kring.cli;

import nl.kring.domain.Retention;
import nl.kring.retention.CaseEraser;
import nl.kring.retention.RetentionService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

@Command(name = "retention", description = "List the closed cases and meetings past their retention period; with --apply, purge them and audit the purge.")
public final class RetentionCommand implements Callable<Integer> {
    @Mixin
    VaultOptions vault;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "The date to judge on (default: today).")
    String asOf;

    @Option(names = "--apply", description = "Purge what is listed.")
    boolean apply;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LocalDate date;
        try {
            date = asOf == null ? LocalDate.now() : LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new CliException("--as-of " + asOf + " is not a date like 2026-11-26", 2);
        }
        if (apply && date.isAfter(LocalDate.now())) {
            throw new CliException("--as-of " + date + " is in the future: --apply purges only on today or an earlier"
                    + " date (without --apply the list shows what a later date would purge)", 2);
        }
        PrintWriter out = spec.commandLine().getOut();
        Cli.withStore(vault, store -> {
            RetentionService service = new RetentionService(store);
            RetentionService.Report report = service.due(date);
            if (report.isEmpty()) {
                out.println("nothing is past its retention period on " + date);
            }
            for (Retention.Due d : report.cases()) {
                out.println(d.caseNumber() + "  closed " + d.closedOn() + "  retention ended " + d.dueOn()
                        + (apply ? "  purged" : ""));
            }
            for (Retention.MeetingDue m : report.meetings()) {
                out.println("meeting " + m.meetingDate() + "  retention ended " + m.dueOn() + (apply ? "  purged" : ""));
            }
            for (Retention.MeetingDue m : report.heldMeetings()) {
                // Its items belong to the records of these cases: the meeting goes once they have gone.
                out.println("meeting " + m.meetingDate() + "  retention ended " + m.dueOn() + "  kept while it holds "
                        + String.join(", ", m.heldBy()));
            }
            if (report.isEmpty()) {
                return;
            }
            if (apply) {
                RetentionService.Result result = service.purge(report);
                out.println(result.cases().size() + " case(s) purged on " + date);
                if (!result.scrubbed().isEmpty()) {
                    // counts only: which other cases named them is not for a terminal or a script's log
                    out.println("their clients' names replaced by the case number elsewhere: " + scrubbedSummary(result.scrubbed()));
                }
                if (!result.meetings().isEmpty()) {
                    out.println(result.meetings().size() + " meeting(s) purged on " + date);
                }
            } else {
                out.println(report.cases().size() + " case(s)"
                        + (report.meetings().isEmpty() ? "" : " and " + report.meetings().size() + " meeting(s)")
                        + " past retention; run with --apply to purge");
            }
        });
        return 0;
    }

    private static String scrubbedSummary(CaseEraser.Counts c) {
        String texts = c.summary();
        String decisions = c.nameDecisions() == 0 ? "" : c.nameDecisions() + " name decision(s) removed";
        return texts.isEmpty() ? decisions : decisions.isEmpty() ? texts : texts + "; " + decisions;
    }
}
