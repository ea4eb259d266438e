package nl.kring.cli;

import nl.kring.interchange.Importer;
import nl.kring.interchange.Interchange;
import nl.kring.interchange.InterchangeException;
import nl.kring.interchange.InterchangeReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "import", description = "Create or fill a vault from an interchange file (all or nothing).")
public final class ImportCommand implements Callable<Integer> {
    static final long MAX_FILE = 200L * 1024 * 1024;

    @Mixin
    VaultOptions vault;

    @Option(names = "--json", required = true, paramLabel = "FILE", description = "The interchange file.")
    Path json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Interchange data = read(json);
        Importer.Counts counts = VaultCreation.createOrFill(vault, data);
        spec.commandLine().getOut().println("imported " + counts + " into " + vault.dir().toAbsolutePath());
        return 0;
    }

    static Interchange read(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new CliException(file + " is a folder, not an interchange file");
            }
            if (Files.size(file) > MAX_FILE) {
                throw new CliException(file + " is larger than 200 MB; that is not an interchange file Kring can take");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return InterchangeReader.read(in);
            }
        } catch (NoSuchFileException e) {
            throw new CliException("no such file: " + file);
        } catch (InterchangeException e) {
            StringBuilder sb = new StringBuilder("the import was stopped; nothing was changed.");
            e.problems().stream().limit(20).forEach(p -> sb.append(System.lineSeparator()).append("  ").append(p));
            if (e.problems().size() > 20) {
                sb.append(System.lineSeparator()).append("  … and ").append(e.problems().size() - 20).append(" more");
            }
            throw new CliException(e.problems().getFirst() + System.lineSeparator() + sb);
        } catch (IOException e) {
            throw new CliException("cannot read " + file + ": " + e.getMessage());
        }
    }
}
