package nl.kring.report;

import java.io.IOException;
import java.nio.file.Path;

/** Shared by the one-file reports: an atomic write through {@link StagedFiles}. */
final class SingleFile {

    private SingleFile() {
    }

    static Path write(Path file, byte[] bytes) throws IOException {
        Path abs = file.toAbsolutePath();
        if (abs.getFileName() == null || abs.getParent() == null) {
            throw new IllegalArgumentException("not a file path: " + file);
        }
        try (StagedFiles files = new StagedFiles(abs.getParent())) {
            files.stage(abs.getFileName().toString(), bytes);
            return files.commit().getFirst();
        }
    }
}
