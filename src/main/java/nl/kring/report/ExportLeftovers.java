package nl.kring.report;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

import nl.kring.app.AppDirs;

/**
 * The folders in which an export is staging files right now, so that the hidden {@code .kring-*.part} files of an
 * export that was killed halfway (complete PDFs under another name) are removed at the next start of Kring, app or
 * command line, and not only when the chair happens to export into the same folder again. One line per folder,
 * {@code <process id> <folder URI>}, in a small file in the per-user data folder; a line is removed again when its
 * export commits or fails cleanly. A line of a process that is still running is left alone (another export is busy
 * there). The journal holds folder paths only, which the disk shows anyway, never a file's content.
 */
public final class ExportLeftovers {
    private static final Logger LOG = Logger.getLogger(ExportLeftovers.class.getName());
    static final String FILE_NAME = "export-staging.txt";

    private ExportLeftovers() {
    }

    static Path journal() {
        return AppDirs.data().resolve(FILE_NAME);
    }

    /** Removes the leftovers of every export recorded as unfinished by a process that no longer runs; returns how many files. */
    public static int removeAll() {
        return removeAll(journal(), ExportLeftovers::running);
    }

    /** This process, or another one that still runs: its export may be busy. */
    static boolean running(long pid) {
        return pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** As {@link #removeAll()}; {@code running} tells which recorded processes still run (their lines are kept). */
    static int removeAll(Path journal, Predicate<Long> running) {
        if (!Files.exists(journal)) {
            return 0;
        }
        int[] removed = {0};
        try {
            update(journal, lines -> {
                List<String> keep = new ArrayList<>();
                for (String line : lines) {
                    Entry e = Entry.parse(line);
                    if (e == null) {
                        continue;
                    }
                    if (running.test(e.pid())) {
                        keep.add(line);
                    } else {
                        removed[0] += removeStaged(e.dir());
                    }
                }
                return keep;
            });
        } catch (IOException | RuntimeException e) {
            // Never stops a start; the next export into that folder removes them as well.
            LOG.log(Level.WARNING, "could not read the export staging journal: " + e.getClass().getSimpleName());
        }
        return removed[0];
    }

    /** Deletes the staged files in {@code dir}; returns how many. */
    static int removeStaged(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int n = 0;
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, StagedFiles.PREFIX + "*" + StagedFiles.SUFFIX)) {
            for (Path p : s) {
                if (Files.deleteIfExists(p)) {
                    n++;
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not remove the leftovers of an export: " + e.getClass().getSimpleName());
        }
        return n;
    }

    /** Records that this process stages files in {@code dir}. */
    static void begin(Path journal, Path dir) throws IOException {
        String line = new Entry(ProcessHandle.current().pid(), dir.toAbsolutePath()).format();
        update(journal, lines -> {
            List<String> out = new ArrayList<>(lines);
            out.add(line);
            return out;
        });
    }

    /** Removes one record of this process for {@code dir}. */
    static void end(Path journal, Path dir) {
        String line = new Entry(ProcessHandle.current().pid(), dir.toAbsolutePath()).format();
        try {
            update(journal, lines -> {
                List<String> out = new ArrayList<>(lines);
                out.remove(line);
                return out;
            });
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not update the export staging journal: " + e.getClass().getSimpleName());
        }
    }

    private interface Change {
        List<String> apply(List<String> lines);
    }

    /** Rewrites the journal under an exclusive lock (the app and a command may run at once); deleted when empty. */
    private static synchronized void update(Path journal, Change change) throws IOException {
        Files.createDirectories(journal.toAbsolutePath().getParent());
        try (FileChannel ch = FileChannel.open(journal, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE); FileLock ignored = ch.lock()) {
            byte[] bytes = new byte[(int) Math.min(ch.size(), 1 << 20)];
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining() && ch.read(buf) > 0) {
                // read all
            }
            List<String> lines = new String(bytes, 0, buf.position(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank()).toList();
            List<String> next = change.apply(lines);
            byte[] out = next.isEmpty() ? new byte[0]
                    : (String.join("\n", next) + "\n").getBytes(StandardCharsets.UTF_8);
            ch.truncate(0);
            ch.position(0);
            ch.write(ByteBuffer.wrap(out));
            ch.force(true);
        }
    }

    record Entry(long pid, Path dir) {
        static Entry parse(String line) {
            int sp = line.indexOf(' ');
            if (sp <= 0) {
                return null;
            }
            try {
                return new Entry(Long.parseLong(line.substring(0, sp)), Path.of(URI.create(line.substring(sp + 1))));
            } catch (RuntimeException e) {
                return null;
            }
        }

        String format() {
            return pid + " " + dir.toUri();
        }
    }
}
