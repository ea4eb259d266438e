package nl.kring.report.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The embedded faces of one document: DejaVu Sans regular, bold and oblique (Bitstream Vera licence, see
 * fonts/DejaVu-LICENSE.txt), subset-embedded so every glyph a reader sees is in the file.
 */
final class FontSet {
    private static final byte[] REGULAR = read("DejaVuSans.ttf");
    private static final byte[] BOLD = read("DejaVuSans-Bold.ttf");
    private static final byte[] ITALIC = read("DejaVuSans-Oblique.ttf");

    private final Face regular;
    private final Face bold;
    private final Face italic;

    private FontSet(Face regular, Face bold, Face italic) {
        this.regular = regular;
        this.bold = bold;
        this.italic = italic;
    }

    static FontSet load(PDDocument doc) throws IOException {
        return new FontSet(Face.load(doc, REGULAR), Face.load(doc, BOLD), Face.load(doc, ITALIC));
    }

    Face face(Style.Weight weight) {
        return switch (weight) {
            case REGULAR -> regular;
            case BOLD -> bold;
            case ITALIC -> italic;
        };
    }

    private static byte[] read(String name) {
        try (InputStream in = FontSet.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("font resource missing: /fonts/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One loaded face with its Unicode coverage, so text is cleaned before it can make encoding fail. */
    static final class Face {
        final PDType0Font font;
        private final CmapLookup cmap;

        private Face(PDType0Font font, CmapLookup cmap) {
            this.font = font;
            this.cmap = cmap;
        }

        static Face load(PDDocument doc, byte[] ttf) throws IOException {
            PDType0Font font = PDType0Font.load(doc, new RandomAccessReadBuffer(ttf), true, false);
            CmapLookup cmap = ((PDCIDFontType2) font.getDescendantFont()).getTrueTypeFont().getUnicodeCmapLookup();
            return new Face(font, cmap);
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

        float width(String cleaned, float size) {
            try {
                return font.getStringWidth(cleaned) / 1000f * size;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
