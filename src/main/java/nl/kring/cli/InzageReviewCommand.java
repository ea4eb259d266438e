package nl.kring.cli;

import nl.kring.domain.RequestType;
import nl.kring.domain.RightsRequest;
import nl.kring.report.ExportService;
import nl.kring.report.InzageMasking;
import nl.kring.report.InzageReport;
import nl.kring.service.RequestService;
import nl.kring.store.InzageUnmaskRepository;
import nl.kring.store.Store;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The chair's review of an inzage copy on the command line, as in the app's Verzoeken screen: list every passage the
 * copy withholds, show one as written with a reason (kept with the request, audited without content), or withhold it
 * again. {@code kring inzage --request ID} then writes the copy with those decisions.
 */
@Command(name = "inzage-review", description = "List the passages an inzage copy withholds (others' data, AVG art. "
        + "15(4)); with --unmask and --reason show one as written, with --remask withhold it again. Prints the "
        + "withheld texts: run it where only the chair can read the screen.")
public final class InzageReviewCommand implements Callable<Integer> {
    @Mixin
    VaultOptions vault;

    @Option(names = "--request", required = true, paramLabel = "ID", description = "The open inzage or afschrift request.")
    long request;

    @ArgGroup(exclusive = true)
    Change change;

    static final class Change {
        @ArgGroup(exclusive = false)
        Unmask unmask;

        @Option(names = "--remask", paramLabel = "PASSAGE", description = "Withhold this passage again.")
        String remask;
    }

    static final class Unmask {
        @Option(names = "--unmask", required = true, paramLabel = "PASSAGE", description = "Show this passage as written.")
        String passage;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why the client may read it "
                + "(kept with the request).")
        String reason;
    }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Cli.withStore(vault, store -> {
            RightsRequest r;
            try {
                r = reviewable(store, request);
            } catch (IllegalArgumentException e) {
                throw new CliException(e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            if (change != null && change.unmask != null) {
                InzageMasking.Passage p = passage(store, r, change.unmask.passage);
                try {
                    // the repository checks the reason (not blank, not too long), as for the app
                    new RequestService(store).unmask(r, p.id(), p.category().name(), change.unmask.reason,
                            LocalDate.now());
                } catch (IllegalArgumentException e) {
                    throw new CliException("--reason: " + e.getMessage());
                }
                out.println("passage " + p.id() + " is shown as written in the copy for request " + r.id());
            } else if (change != null && change.remask != null) {
                InzageMasking.Passage p = passage(store, r, change.remask);
                new RequestService(store).remask(r, p.id(), p.category().name());
                out.println("passage " + p.id() + " is withheld again in the copy for request " + r.id());
            }
            print(out, store, r);
        });
        return 0;
    }

    /** An open inzage or afschrift request, or a plain-words refusal. */
    static RightsRequest reviewable(Store store, long id) {
        RightsRequest r = store.requests().find(id)
                .orElseThrow(() -> new IllegalArgumentException("there is no request " + id));
        if (r.type() != RequestType.INZAGE && r.type() != RequestType.AFSCHRIFT) {
            throw new IllegalArgumentException("request " + id + " is a " + r.type().name().toLowerCase(Locale.ROOT)
                    + " request; only an inzage or afschrift request has a copy to review");
        }
        if (!r.isOpen()) {
            throw new IllegalArgumentException("request " + id + " is closed; its copy can no longer change");
        }
        return r;
    }

    private static List<InzageMasking.Passage> passages(Store store, RightsRequest r) {
        return InzageReport.preview(ExportService.inzageInput(store, r.caseNumber())
                .withUnmasked(store.unmasks().forRequest(r.id()).keySet()));
    }

    private static InzageMasking.Passage passage(Store store, RightsRequest r, String id) {
        return passages(store, r).stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new CliException("the copy for request " + r.id() + " has no passage " + id
                        + "; run 'kring inzage-review --request " + r.id() + "' for the list"));
    }

    private static void print(PrintWriter out, Store store, RightsRequest r) {
        List<InzageMasking.Passage> list = passages(store, r);
        Map<String, InzageUnmaskRepository.Unmask> reasons = store.unmasks().forRequest(r.id());
        long withheld = list.stream().filter(p -> !p.unmasked()).count();
        out.println("request " + r.id() + ", case " + r.caseNumber() + ": " + withheld + " of " + list.size()
                + " passages withheld");
        for (InzageMasking.Passage p : list) {
            out.println(p.id() + "\t" + p.category().name() + "\t" + p.where() + "\t\"" + p.original() + "\" -> "
                    + (p.unmasked() ? "shown as written (" + reasons.get(p.id()).reason() + ")" : p.marker()));
        }
    }
}
