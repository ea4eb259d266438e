package nl.kring.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.kring.domain.Referrer;

/** Shared by the one-file reports: atomic write, melder masking. */
final class SingleFile {
    static final String MELDER_MASK = "[melder: afgeschermd]";

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

    /** The text with the melder's name and organisation masked (case-insensitive, whole words). */
    static String maskMelder(Referrer melder, String text) {
        if (text == null) {
            return "";
        }
        String s = text;
        if (melder != null) {
            for (String field : new String[] {melder.name(), melder.organisation()}) {
                if (field == null || field.strip().length() < 2) {
                    continue;
                }
                String p = "(?<![\\p{L}\\p{N}])" + Pattern.quote(field.strip()).replace(" ", "\\E\\s+\\Q")
                        + "(?![\\p{L}\\p{N}])";
                s = Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(s)
                        .replaceAll(Matcher.quoteReplacement(MELDER_MASK));
            }
        }
        return s;
    }
}
