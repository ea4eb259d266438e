package nl.kring.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.TreeSet;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reading PDFs back for the tests. */
final class Pdfs {
    static final Pattern CASE_NUMBER = Pattern.compile("(?<![\\d-])\\d{4}-\\d{3,4}(?![\\d-])");

    private Pdfs() {
    }

    static String text(Path pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> pages(Path pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> out = new ArrayList<>();
            PDFTextStripper s = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                s.setStartPage(i);
                s.setEndPage(i);
                out.add(s.getText(doc));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** White space (line breaks from wrapping included) collapsed to single spaces. */
    static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    static Set<String> caseNumbers(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = CASE_NUMBER.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Whole-word, case-insensitive occurrence. */
    static boolean containsWord(String text, String word) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word).replace(" ", "\\E\\s+\\Q") + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
    }

    /** Glyph positions: page (1-based), x, baseline from the bottom, width. */
    record Glyph(int page, float x, float baseline, float width, String text) {
    }

    static List<Glyph> glyphs(Path pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<Glyph> out = new ArrayList<>();
            float height = doc.getPage(0).getMediaBox().getHeight();
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        out.add(new Glyph(getCurrentPageNo(), p.getXDirAdj(), height - p.getYDirAdj(),
                                p.getWidthDirAdj(), p.getUnicode()));
                    }
                }
            };
            s.getText(doc);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text of a partner report or verslag split into its case sections: each starts at a heading line
     * "Casus N" (or "k. Casus N") and runs to the next one.
     */
    static Map<String, String> caseSections(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        Pattern heading = Pattern.compile("(?m)^(?:\\d+\\. )?Casus (\\d{4}-\\d{3,4})\\s*$");
        Matcher m = heading.matcher(text);
        List<int[]> starts = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        while (m.find()) {
            starts.add(new int[] {m.start(), m.end()});
            numbers.add(m.group(1));
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
            out.put(numbers.get(i), text.substring(starts.get(i)[1], end));
        }
        return out;
    }
}
