package nl.kring.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "verify", description = "Check the database and the audit trail; exit 0 only when both hold.")
public final class VerifyCommand implements Callable<Integer> {
    @Mixin
    VaultOptions vault;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        int[] code = {0};
        Cli.withStore(vault, store -> {
            List<String> problems = store.verify();
            if (problems.isEmpty()) {
                spec.commandLine().getOut().println("vault OK: " + store.cases().all().size() + " cases, audit trail of "
                        + store.audit().entries().size() + " entries intact"
                        + (store.session().wasCleanlyClosed() ? "" : " (the previous session was not closed cleanly)"));
            } else {
                problems.forEach(p -> spec.commandLine().getErr().println("kring: verify failed: " + p));
                code[0] = 5;
            }
        });
        return code[0];
    }
}
