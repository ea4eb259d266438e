package nl.kring.report.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The embedded faces of one document: DejaVu Sans regular, bold and oblique (Bitstream Vera licence, see
 * fonts/DejaVu-LICENSE.txt), subset-embedded so every glyph a reader sees is in the file. The TrueType files are
 * parsed once per process and shared (read-only) by all documents; each document loads a face on first use.
 */
final class FontSet {
    private static final Map<Style.Weight, String> FILES = Map.of(Style.Weight.REGULAR, "DejaVuSans.ttf",
            Style.Weight.BOLD, "DejaVuSans-Bold.ttf", Style.Weight.ITALIC, "DejaVuSans-Oblique.ttf");
    private static final Map<Style.Weight, Parsed> PARSED = new EnumMap<>(Style.Weight.class);

    private final PDDocument doc;
    private final Map<Style.Weight, Face> faces = new EnumMap<>(Style.Weight.class);

    private FontSet(PDDocument doc) {
        this.doc = doc;
    }

    static FontSet load(PDDocument doc) throws IOException {
        FontSet set = new FontSet(doc);
        set.face(Style.Weight.REGULAR);
        return set;
    }

    Face face(Style.Weight weight) {
        return faces.computeIfAbsent(weight, w -> {
            Parsed p = parsed(w);
            try {
                return new Face(PDType0Font.load(doc, p.ttf(), true), p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A parsed face: the font, its Unicode cmap and a lazily filled table of advance widths (1/1000 em). */
    private record Parsed(TrueTypeFont ttf, CmapLookup cmap, float[] bmpWidths, float unitsPerEm) {
        float width(int cp) throws IOException {
            if (cp < bmpWidths.length) {
                float w = bmpWidths[cp];
                if (!Float.isNaN(w)) {
                    return w;
                }
                w = ttf.getAdvanceWidth(cmap.getGlyphId(cp)) * 1000f / unitsPerEm;
                bmpWidths[cp] = w;
                return w;
            }
            return ttf.getAdvanceWidth(cmap.getGlyphId(cp)) * 1000f / unitsPerEm;
        }
    }

    private static Parsed parsed(Style.Weight weight) {
        synchronized (PARSED) {
            return PARSED.computeIfAbsent(weight, w -> {
                String name = FILES.get(w);
                try (InputStream in = FontSet.class.getResourceAsStream("/fonts/" + name)) {
                    if (in == null) {
                        throw new IllegalStateException("font resource missing: /fonts/" + name);
                    }
                    byte[] bytes = withoutGsub(in.readAllBytes());
                    TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
                    float[] widths = new float[0x10000];
                    Arrays.fill(widths, Float.NaN);
                    return new Parsed(ttf, ttf.getUnicodeCmapLookup(), widths, ttf.getUnitsPerEm());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /**
     * Hides the GSUB table (renames its tag in the table directory). PDFBox would otherwise run every string through
     * its regex-based Latin GSUB worker, which costs a third of the export time and changes nothing for Dutch text
     * that is NFC-normalised (precomposed letters). The subset written into the PDF never contains GSUB anyway.
     */
    static byte[] withoutGsub(byte[] font) {
        int tables = ((font[4] & 0xff) << 8) | (font[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            if (font[at] == 'G' && font[at + 1] == 'S' && font[at + 2] == 'U' && font[at + 3] == 'B') {
                font[at] = 'x';
            }
        }
        return font;
    }

    /** One loaded face with its Unicode coverage, so text is cleaned before it can make encoding fail. */
    static final class Face {
        final PDType0Font font;
        private final Parsed parsed;
        private final CmapLookup cmap;

        private Face(PDType0Font font, Parsed parsed) {
            this.font = font;
            this.parsed = parsed;
            this.cmap = parsed.cmap();
        }

        /**
         * NFC-normalised text with tabs and other white space as plain spaces, and any character the font has no
         * glyph for as '?' (never silently dropped, never an exception halfway through a page).
         */
        String clean(String text) {
            String s = Normalizer.normalize(text, Normalizer.Form.NFC);
            StringBuilder sb = null;
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                int n = Character.charCount(cp);
                String replacement = null;
                if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                    if (cp != ' ') {
                        replacement = " ";
                    }
                } else if (Character.getType(cp) == Character.FORMAT || Character.isISOControl(cp)) {
                    replacement = "";
                } else if (cmap.getGlyphId(cp) == 0) {
                    replacement = "?";
                }
                if (replacement != null && sb == null) {
                    sb = new StringBuilder(s.length()).append(s, 0, i);
                }
                if (sb != null) {
                    if (replacement != null) {
                        sb.append(replacement);
                    } else {
                        sb.appendCodePoint(cp);
                    }
                }
                i += n;
            }
            return sb == null ? s : sb.toString();
        }

        /** Width of cleaned text in points: the fonts' advance widths, as PDFBox writes them (no kerning). */
        float width(String cleaned, float size) {
            try {
                float w = 0;
                for (int i = 0; i < cleaned.length(); ) {
                    int cp = cleaned.codePointAt(i);
                    w += parsed.width(cp);
                    i += Character.charCount(cp);
                }
                return w / 1000f * size;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
