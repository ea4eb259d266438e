package nl.kring.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An export killed between staging and renaming leaves complete PDFs as hidden {@code .kring-*.part} files. They must
 * not stay there: the next start (and the next export, into any folder) removes them. The kill is simulated by never
 * closing the staging and then telling the journal that its process is gone.
 */
class ExportLeftoversTest {
    @TempDir
    Path tmp;

    static List<String> hidden(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(StagedFiles.SUFFIX)).toList();
        }
    }

    /** Stages two partner PDFs and "dies": no commit, no close. */
    StagedFiles killedExport(Path dir, Path journal) throws Exception {
        StagedFiles files = new StagedFiles(dir, journal);
        files.stage("ggd-vangnet.pdf", "%PDF-1.7 rapport voor GGD".getBytes(StandardCharsets.US_ASCII));
        files.stage("woco-dak.pdf", "%PDF-1.7 rapport voor woco".getBytes(StandardCharsets.US_ASCII));
        return files;
    }

    @Test
    void theNextStartRemovesTheHiddenPdfsOfAKilledExport() throws Exception {
        Path journal = tmp.resolve("home").resolve(ExportLeftovers.FILE_NAME);
        Path out = tmp.resolve("export");
        killedExport(out, journal);
        assertThat(hidden(out)).hasSize(2);
        // while the process that staged them runs, they are left alone (its export may be busy)
        assertThat(ExportLeftovers.removeAll(journal, pid -> true)).isZero();
        assertThat(hidden(out)).hasSize(2);
        // the next start, after the kill
        assertThat(ExportLeftovers.removeAll(journal, pid -> false)).isEqualTo(2);
        assertThat(hidden(out)).isEmpty();
        assertThat(Files.readString(journal)).isEmpty();
    }

    @Test
    void theNextExportIntoAnotherFolderRemovesThemToo() throws Exception {
        Path journal = tmp.resolve("home").resolve(ExportLeftovers.FILE_NAME);
        Path first = tmp.resolve("maandag");
        killedExport(first, journal);
        // the line of the "killed" process is rewritten with a process id that no longer runs
        Process done = new ProcessBuilder("true").start();
        done.waitFor();
        long gone = done.pid();
        String lines = Files.readString(journal).replaceAll("(?m)^\\d+ ", gone + " ");
        Files.writeString(journal, lines);
        try (StagedFiles next = new StagedFiles(tmp.resolve("dinsdag"), journal)) {
            next.stage("verslag.pdf", new byte[] {1});
            next.commit();
        }
        assertThat(hidden(first)).isEmpty();
        assertThat(Files.readString(journal)).isEmpty();
    }

    @Test
    void aFinishedOrFailedExportLeavesNoLineAndNoHiddenFile() throws Exception {
        Path journal = tmp.resolve("home").resolve(ExportLeftovers.FILE_NAME);
        Path out = tmp.resolve("export");
        try (StagedFiles files = new StagedFiles(out, journal)) {
            files.stage("a.pdf", new byte[] {1});
            assertThat(Files.readString(journal)).contains(out.toUri().toString());
            files.commit();
        }
        try (StagedFiles files = new StagedFiles(out, journal)) {
            files.stage("b.pdf", new byte[] {1});
            // closed without commit: a failure
        }
        assertThat(hidden(out)).isEmpty();
        assertThat(Files.readString(journal)).isEmpty();
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("a.pdf");
        }
    }
}
