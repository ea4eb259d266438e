package nl.kring.cli;

import nl.kring.agenda.AgendaFormat;
import nl.kring.agenda.AgendaPlanner;
import nl.kring.domain.Meeting;
import nl.kring.service.MeetingService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "agenda", description = "Print a meeting's agenda; with --optimize, first reorder it to the fewest visits and store that order.")
public final class AgendaCommand implements Callable<Integer> {
    enum Format { text, json }

    @Mixin
    VaultOptions vault;

    @Option(names = "--meeting", required = true, paramLabel = "YYYY-MM-DD", description = "The meeting date.")
    String meeting;

    @Option(names = "--optimize", description = "Reorder to the fewest visits (ties keep the chair's order) and store it.")
    boolean optimize;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "Output format (default: text).")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LocalDate date = parseDate(meeting, "--meeting");
        Cli.withStore(vault, store -> {
            Meeting m = store.meetings().find(date)
                    .orElseThrow(() -> new CliException("there is no meeting on " + date));
            Map<String, List<String>> kring = AgendaPlanner.kringByCase(store.cases().all());
            if (optimize) {
                int before = AgendaPlanner.visits(m, kring);
                AgendaPlanner.Plan plan = AgendaPlanner.optimize(m, kring);
                m = plan.meeting();
                new MeetingService(store).reorder(date, m.items().stream().map(i -> i.caseNumber()).toList(),
                        "agenda optimised: visits " + before + " -> " + plan.order().visits());
            }
            String out = format == Format.json ? AgendaFormat.json(m, kring) : AgendaFormat.text(m, kring);
            spec.commandLine().getOut().print(out.endsWith("\n") ? out : out + System.lineSeparator());
            spec.commandLine().getOut().flush();
        });
        return 0;
    }

    static LocalDate parseDate(String value, String option) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new CliException(option + " " + value + " is not a date like 2026-11-26", 2);
        }
    }
}
