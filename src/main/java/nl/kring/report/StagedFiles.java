package nl.kring.report;

import nl.kring.vault.OutputPaths;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a set of files so that a reader never sees half a PDF: each file's bytes go to a hidden temporary file in
 * the target folder (same file system), are forced to disk, and only when every file of the set is staged are they
 * renamed into place with {@code ATOMIC_MOVE}. Closing without {@link #commit()} deletes whatever was staged. No
 * temporary file is ever made outside the target folder.
 */
final class StagedFiles implements AutoCloseable {
    static final String PREFIX = ".kring-";
    static final String SUFFIX = ".part";

    private final Path dir;
    private final Path journal;
    private final Map<Path, Path> staged = new LinkedHashMap<>();
    private boolean committed;
    private boolean ended;

    StagedFiles(Path dir) throws IOException {
        this(dir, ExportLeftovers.journal());
    }

    /**
     * @param journal where the folder is recorded while files are staged in it ({@link ExportLeftovers}), so that the
     *                next start removes them when this process is killed before {@link #commit()} or {@link #close()}
     */
    StagedFiles(Path dir, Path journal) throws IOException {
        // The shared output rule before anything is created: never inside a vault folder.
        OutputPaths.check(dir);
        this.dir = Files.createDirectories(dir);
        this.journal = journal;
        removeStale(this.dir);
        // and those of an export killed elsewhere, by a process that is gone
        ExportLeftovers.removeAll(journal, ExportLeftovers::running);
        ExportLeftovers.begin(journal, this.dir);
    }

    /** Stages {@code bytes} for {@code fileName} in the folder. */
    void stage(String fileName, byte[] bytes) throws IOException {
        Path target = dir.resolve(fileName);
        if (!target.getParent().equals(dir) || staged.containsKey(target)) {
            throw new IllegalArgumentException("bad or duplicate file name: " + fileName);
        }
        OutputPaths.check(target);
        Path tmp = Files.createTempFile(dir, PREFIX, SUFFIX);
        staged.put(target, tmp);
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
    }

    /** Moves every staged file into place; returns the final paths in staging order. */
    List<Path> commit() throws IOException {
        List<Path> done = new ArrayList<>();
        for (Map.Entry<Path, Path> e : staged.entrySet()) {
            try {
                Files.move(e.getValue(), e.getKey(), StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException ex) {
                throw new IOException("the file system of " + dir + " cannot rename atomically", ex);
            }
            done.add(e.getKey());
        }
        committed = true;
        staged.clear();
        endJournal();
        return done;
    }

    @Override
    public void close() {
        if (committed) {
            return;
        }
        for (Path tmp : staged.values()) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // best effort; removeStale cleans it on the next export into this folder
            }
        }
        staged.clear();
        endJournal();
    }

    private void endJournal() {
        if (!ended) {
            ended = true;
            ExportLeftovers.end(journal, dir);
        }
    }

    /** Leftovers of an export that was killed halfway (never a finished PDF: those have no prefix). */
    private static void removeStale(Path dir) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, PREFIX + "*" + SUFFIX)) {
            for (Path p : s) {
                Files.deleteIfExists(p);
            }
        }
    }
}
