package nl.kring.cli;

import nl.kring.audit.AuditLog;
import nl.kring.domain.Retention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "retention", description = "List what is past its retention period; with --apply, purge it and audit the purge.")
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
        PrintWriter out = spec.commandLine().getOut();
        Cli.withStore(vault, store -> {
            List<Retention.Due> due = Retention.due(store.cases().all(), date, Retention.DEFAULT_CASE_PERIOD);
            if (due.isEmpty()) {
                out.println("nothing is past its retention period on " + date);
                return;
            }
            for (Retention.Due d : due) {
                out.println(d.caseNumber() + "  closed " + d.closedOn() + "  retention ended " + d.dueOn()
                        + (apply ? "  purged" : ""));
            }
            if (apply) {
                store.transaction(s -> {
                    for (Retention.Due d : due) {
                        s.cases().delete(d.caseNumber());
                        // Content-free: which record, when it closed, under which rule. Nothing about the client.
                        s.audit().append(AuditLog.Action.PURGE, d.caseNumber(),
                                "retention: closed " + d.closedOn() + ", period " + Retention.DEFAULT_CASE_PERIOD);
                    }
                });
                store.session().markWritten();
                out.println(due.size() + " case(s) purged on " + date);
            } else {
                out.println(due.size() + " case(s) past retention; run with --apply to purge");
            }
        });
        return 0;
    }
}
