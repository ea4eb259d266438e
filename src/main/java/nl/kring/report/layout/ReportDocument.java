package nl.kring.report.layout;

import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Calendar;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import javax.xml.transform.TransformerException;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * A small flow layout on A4: blocks (titles, headings, wrapped paragraphs, tables) are laid out top to bottom and
 * continue on a new page when the page is full. Nothing is ever drawn below the bottom margin: a line that does not
 * fit goes to the next page. Headers and footers are drawn last, when the page count is known.
 *
 * <p>Everything stays in memory (PDFBox memory-only stream cache); {@link #saveArchive()} and
 * {@link #saveProtected(String)} return the finished file as bytes for the caller to write atomically.
 */
public final class ReportDocument implements AutoCloseable {
    public static final PDRectangle PAGE = PDRectangle.A4;
    public static final float MARGIN_LEFT = 56.7f;
    public static final float MARGIN_RIGHT = 56.7f;
    /** Top of the body area, measured from the bottom of the page. */
    public static final float BODY_TOP = PAGE.getHeight() - 76f;
    /** Bottom of the body area: no body text is drawn below this line. */
    public static final float BODY_BOTTOM = 58f;
    public static final float TEXT_WIDTH = PAGE.getWidth() - MARGIN_LEFT - MARGIN_RIGHT;

    /**
     * Room a heading keeps for what follows it, so it never ends a page alone: after a section heading, its meta
     * line, a subheading and a few lines or a table header with a first row; after a subheading, the latter.
     */
    private static final float KEEP_AFTER_H1 = 110f;
    private static final float KEEP_AFTER_H2 = 64f;
    private static final float CELL_PAD_X = 4f;
    private static final float CELL_PAD_Y = 3f;
    private static final Color RULE = new Color(0xc4, 0xc9, 0xd0);
    private static final Color HEAD_FILL = new Color(0xe9, 0xed, 0xf2);
    private static final String PRODUCER = "Kring (Apache PDFBox)";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The sRGB profile for the PDF/A output intent, read once. */
    private static final class Srgb {
        static final byte[] ICC = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }

    private final PDDocument doc;
    private final FontSet fonts;
    private final TextLayout layout;
    private final PageDecoration decoration;
    private final String title;
    private final String subject;
    private PDPage page;
    private PDPageContentStream cs;
    private float y;
    private boolean saved;

    public ReportDocument(String title, String subject, PageDecoration decoration) {
        this.title = Objects.requireNonNull(title);
        this.subject = subject == null ? "" : subject;
        this.decoration = Objects.requireNonNull(decoration);
        this.doc = new PDDocument(IOUtils.createMemoryOnlyStreamCache());
        try {
            this.fonts = FontSet.load(doc);
        } catch (IOException e) {
            closeQuietly();
            throw new UncheckedIOException(e);
        }
        this.layout = new TextLayout(fonts);
        newPage();
    }

    // ---------------------------------------------------------------- blocks

    public void title(String text) {
        lines(layout.wrap(Span.of(Style.TITLE, text), TEXT_WIDTH), MARGIN_LEFT);
        y -= 2f;
    }

    public void subtitle(String text) {
        lines(layout.wrap(Span.of(Style.SUBTITLE, text), TEXT_WIDTH), MARGIN_LEFT);
        y -= 4f;
    }

    /** A section heading with a rule under it; kept on the page with at least three lines of what follows. */
    public void heading1(String text) {
        gap(10f);
        List<TextLayout.Line> lines = layout.wrap(Span.of(Style.H1, text), TEXT_WIDTH);
        keepWithNext(height(lines) + 8f + KEEP_AFTER_H1);
        lines(lines, MARGIN_LEFT);
        y -= 1.5f;
        rule(MARGIN_LEFT, PAGE.getWidth() - MARGIN_RIGHT, y, Style.ACCENT, 0.8f);
        y -= 5f;
    }

    public void heading2(String text) {
        gap(6f);
        List<TextLayout.Line> lines = layout.wrap(Span.of(Style.H2, text), TEXT_WIDTH);
        keepWithNext(height(lines) + 2f + KEEP_AFTER_H2);
        lines(lines, MARGIN_LEFT);
        y -= 2f;
    }

    public void paragraph(String text) {
        paragraph(Span.of(Style.BODY, text));
    }

    public void paragraph(Style style, String text) {
        paragraph(Span.of(style, text));
    }

    public void paragraph(List<Span> spans) {
        paragraph(spans, 0f);
    }

    /** Wrapped text, indented from the left margin; flows on to following pages line by line. */
    public void paragraph(List<Span> spans, float indent) {
        lines(layout.wrap(spans, TEXT_WIDTH - indent), MARGIN_LEFT + indent);
        y -= 4f;
    }

    public void gap(float points) {
        if (y - points < BODY_BOTTOM) {
            y = BODY_BOTTOM;
        } else {
            y -= points;
        }
    }

    public void pageBreak() {
        if (y < BODY_TOP) {
            newPage();
        }
    }

    /** Lays out a table; see {@link Table}. */
    public void table(Table table) {
        float[] weights = table.weights();
        float total = 0;
        for (float w : weights) {
            total += w;
        }
        float[] widths = new float[weights.length];
        for (int i = 0; i < weights.length; i++) {
            widths[i] = TEXT_WIDTH * weights[i] / total;
        }
        List<List<TextLayout.Line>> head = table.headerCells() == null ? null : wrapCells(table.headerCells(), widths);
        float headHeight = head == null ? 0f : rowHeight(head, 0, maxLines(head));
        // the header must not stand alone at the foot of a page
        if (head != null && !table.isEmpty()) {
            List<List<TextLayout.Line>> first = wrapCells(table.rows().getFirst().cells(), widths);
            keepWithNext(headHeight + Math.min(rowHeight(first, 0, maxLines(first)),
                    2 * Style.TABLE.leading() + 2 * CELL_PAD_Y));
            drawRow(head, widths, 0, maxLines(head), HEAD_FILL, false);
        }
        for (Table.Row row : table.rows()) {
            List<List<TextLayout.Line>> cells = wrapCells(row.cells(), widths);
            int count = maxLines(cells);
            int from = 0;
            boolean fitsOnEmptyPage = rowHeight(cells, 0, count) <= BODY_TOP - BODY_BOTTOM - headHeight;
            boolean freshPage = false;
            while (true) {
                int fit = linesThatFit(cells, from, count);
                boolean wholeRowWaits = from == 0 && fit < count && fitsOnEmptyPage;
                boolean orphan = fit < Math.min(2, count - from);
                if (!freshPage && (fit == 0 || wholeRowWaits || orphan)) {
                    newPage();
                    if (head != null) {
                        drawRow(head, widths, 0, maxLines(head), HEAD_FILL, false);
                    }
                    freshPage = true;
                    continue;
                }
                int to = Math.min(count, from + Math.max(fit, 1));
                if (from > 0 && cells.getFirst().size() <= from && !cells.getFirst().isEmpty()) {
                    // a row continued on a new page: say which one in its first column
                    List<List<TextLayout.Line>> marked = new ArrayList<>(cells);
                    List<TextLayout.Line> first = new ArrayList<>(Collections.nCopies(from, (TextLayout.Line) null));
                    first.addAll(layout.wrap(Span.of(Style.SMALL, cells.getFirst().getFirst().text() + " (vervolg)"),
                            widths[0] - 2 * CELL_PAD_X));
                    marked.set(0, first);
                    drawRow(marked, widths, from, to, row.fill(), table.ruled());
                } else {
                    drawRow(cells, widths, from, to, row.fill(), table.ruled());
                }
                from = to;
                freshPage = false;
                if (from >= count) {
                    break;
                }
            }
        }
        y -= 6f;
    }

    // ---------------------------------------------------------------- saving

    /** PDF/A-2b: XMP identification, sRGB output intent, embedded fonts, no encryption. */
    public byte[] saveArchive() {
        Calendar now = now();
        try {
            info(now);
            XMPMetadata xmp = XMPMetadata.createXMPMetadata();
            DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
            dc.setTitle(title);
            if (!subject.isEmpty()) {
                dc.addDescription(null, subject);
            }
            XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
            basic.setCreatorTool("Kring");
            basic.setCreateDate(now);
            basic.setModifyDate(now);
            AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
            pdf.setProducer(PRODUCER);
            PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
            id.setPart(2);
            id.setConformance("B");
            ByteArrayOutputStream xml = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, xml, true);
            PDMetadata metadata = new PDMetadata(doc);
            metadata.importXMPMetadata(xml.toByteArray());
            doc.getDocumentCatalog().setMetadata(metadata);

            PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(Srgb.ICC));
            intent.setInfo("sRGB IEC61966-2.1");
            intent.setOutputCondition("sRGB IEC61966-2.1");
            intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
            intent.setRegistryName("http://www.color.org");
            doc.getDocumentCatalog().addOutputIntent(intent);
            return save();
        } catch (BadFieldValueException | TransformerException e) {
            throw new IllegalStateException("XMP metadata", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Encrypted with AES-256 (V 5, R 6); opening needs the password. The owner password is random and forgotten,
     * so nobody can lift the restrictions: printing and copying text stay allowed, changing is not.
     */
    public byte[] saveProtected(String password) {
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("empty password");
        }
        try {
            info(now());
            byte[] owner = new byte[32];
            RANDOM.nextBytes(owner);
            AccessPermission permissions = new AccessPermission();
            permissions.setCanModify(false);
            permissions.setCanModifyAnnotations(false);
            permissions.setCanFillInForm(false);
            permissions.setCanAssembleDocument(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy(
                    Base64.getEncoder().encodeToString(owner), password, permissions);
            policy.setEncryptionKeyLength(256);
            policy.setPreferAES(true);
            doc.protect(policy);
            return save();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int pageCount() {
        return doc.getNumberOfPages();
    }

    @Override
    public void close() {
        closeQuietly();
    }

    // ---------------------------------------------------------------- internals

    private byte[] save() throws IOException {
        if (saved) {
            throw new IllegalStateException("already saved");
        }
        saved = true;
        closeStream();
        decorate();
        doc.setVersion(1.7f);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        doc.save(out);
        return out.toByteArray();
    }

    private void info(Calendar now) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        if (!subject.isEmpty()) {
            info.setSubject(subject);
        }
        info.setCreator("Kring");
        info.setProducer(PRODUCER);
        info.setCreationDate(now);
        info.setModificationDate(now);
    }

    private static Calendar now() {
        Calendar now = Calendar.getInstance();
        now.set(Calendar.MILLISECOND, 0);
        return now;
    }

    private void newPage() {
        closeStream();
        page = new PDPage(PAGE);
        doc.addPage(page);
        try {
            cs = new PDPageContentStream(doc, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = BODY_TOP;
    }

    private void closeStream() {
        if (cs != null) {
            try {
                cs.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            cs = null;
        }
    }

    /** Starts a new page unless the next {@code height} points fit on this one. */
    private void keepWithNext(float height) {
        if (y - height < BODY_BOTTOM && y < BODY_TOP) {
            newPage();
        }
    }

    private static float height(List<TextLayout.Line> lines) {
        float h = 0;
        for (TextLayout.Line l : lines) {
            h += l.leading();
        }
        return h;
    }

    /** Draws lines at x, each on the current page if it fits, else on a new one. */
    private void lines(List<TextLayout.Line> lines, float x) {
        for (TextLayout.Line line : lines) {
            if (y - line.leading() < BODY_BOTTOM) {
                newPage();
            }
            drawLine(line, x, y - line.ascent());
            y -= line.leading();
        }
    }

    private void drawLine(TextLayout.Line line, float x, float baseline) {
        try {
            for (TextLayout.Run run : line.runs()) {
                if (run.text().isBlank()) {
                    continue;
                }
                FontSet.Face face = fonts.face(run.style().weight());
                cs.beginText();
                cs.setFont(face.font, run.style().size());
                cs.setNonStrokingColor(run.style().color());
                cs.newLineAtOffset(x + run.x(), baseline);
                cs.showText(run.text());
                cs.endText();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<List<TextLayout.Line>> wrapCells(List<List<Span>> cells, float[] widths) {
        List<List<TextLayout.Line>> out = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            List<Span> cell = cells.get(i);
            boolean empty = cell.stream().allMatch(s -> s.text().isBlank());
            out.add(empty ? List.of() : layout.wrap(cell, widths[i] - 2 * CELL_PAD_X));
        }
        return out;
    }

    private static int maxLines(List<List<TextLayout.Line>> cells) {
        int n = 0;
        for (List<TextLayout.Line> c : cells) {
            n = Math.max(n, c.size());
        }
        return n;
    }

    /** Height of lines [from, to) of a row: the tallest cell's lines plus padding. */
    private static float rowHeight(List<List<TextLayout.Line>> cells, int from, int to) {
        float h = 0;
        for (List<TextLayout.Line> c : cells) {
            h = Math.max(h, height(c.subList(Math.min(from, c.size()), Math.min(to, c.size()))));
        }
        if (h == 0) {
            h = Style.TABLE.leading();
        }
        return h + 2 * CELL_PAD_Y;
    }

    /** How many lines of the row, starting at {@code from}, fit above the bottom margin. */
    private int linesThatFit(List<List<TextLayout.Line>> cells, int from, int count) {
        int fit = 0;
        for (int to = from + 1; to <= count; to++) {
            if (y - rowHeight(cells, from, to) < BODY_BOTTOM) {
                break;
            }
            fit = to - from;
        }
        if (count == 0 && y - rowHeight(cells, 0, 0) >= BODY_BOTTOM) {
            fit = 1;
        }
        return fit;
    }

    private void drawRow(List<List<TextLayout.Line>> cells, float[] widths, int from, int to, Color fill,
                         boolean ruleBelow) {
        float h = rowHeight(cells, from, to);
        try {
            if (fill != null) {
                cs.setNonStrokingColor(fill);
                cs.addRect(MARGIN_LEFT, y - h, TEXT_WIDTH, h);
                cs.fill();
            }
            float x = MARGIN_LEFT;
            for (int i = 0; i < cells.size(); i++) {
                List<TextLayout.Line> cell = cells.get(i);
                float lineTop = y - CELL_PAD_Y;
                for (int l = from; l < Math.min(to, cell.size()); l++) {
                    TextLayout.Line line = cell.get(l);
                    drawLine(line, x + CELL_PAD_X, lineTop - line.ascent());
                    lineTop -= line.leading();
                }
                x += widths[i];
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= h;
        if (ruleBelow) {
            rule(MARGIN_LEFT, MARGIN_LEFT + TEXT_WIDTH, y, RULE, 0.5f);
        }
    }

    private void rule(float x1, float x2, float atY, Color color, float width) {
        try {
            cs.setStrokingColor(color);
            cs.setLineWidth(width);
            cs.moveTo(x1, atY);
            cs.lineTo(x2, atY);
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Header (recipient, confidentiality) and footer (date line, page X of Y) on every page. */
    private void decorate() throws IOException {
        int n = doc.getNumberOfPages();
        float right = PAGE.getWidth() - MARGIN_RIGHT;
        float top = PAGE.getHeight();
        Style headStyle = new Style(Style.Weight.BOLD, 8.5f, Style.TEXT);
        Style alert = new Style(Style.Weight.BOLD, 8.5f, Style.ALERT);
        for (int i = 0; i < n; i++) {
            PDPage p = doc.getPage(i);
            try (PDPageContentStream deco = new PDPageContentStream(doc, p, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                cs = deco;
                String mark = decoration.mark() + "  ·  ";
                float markWidth = layout.width(alert, mark);
                single(alert, mark, MARGIN_LEFT, top - 34f, TEXT_WIDTH);
                single(headStyle, decoration.recipientLine(), MARGIN_LEFT + markWidth, top - 34f,
                        TEXT_WIDTH - markWidth);
                single(Style.SMALL, decoration.confidentialityLine(), MARGIN_LEFT, top - 46f, TEXT_WIDTH);
                rule(MARGIN_LEFT, right, top - 53f, RULE, 0.6f);

                rule(MARGIN_LEFT, right, 46f, RULE, 0.6f);
                String pageText = "pagina " + (i + 1) + " van " + n;
                float pw = layout.width(Style.SMALL, pageText);
                single(Style.SMALL, decoration.footerLine(), MARGIN_LEFT, 34f, TEXT_WIDTH - pw - 12f);
                single(Style.SMALL, pageText, right - pw, 34f, pw + 1f);
            } finally {
                cs = null;
            }
        }
    }

    /** One line of decoration text, shrunk (down to 6 pt) and finally shortened with an ellipsis to fit. */
    private void single(Style style, String text, float x, float baseline, float maxWidth) {
        if (text.isEmpty()) {
            return;
        }
        Style s = style;
        while (layout.width(s, text) > maxWidth && s.size() > 6f) {
            s = new Style(s.weight(), s.size() - 0.5f, s.color());
        }
        String t = text;
        while (layout.width(s, t) > maxWidth && t.length() > 1) {
            t = t.substring(0, t.length() - 2) + "…";
        }
        List<TextLayout.Line> line = layout.wrap(Span.of(s, t), Float.MAX_VALUE / 4);
        drawLine(line.getFirst(), x, baseline);
    }

    private void closeQuietly() {
        try {
            doc.close();
        } catch (IOException ignored) {
            // nothing was written anywhere; the memory is released either way
        }
    }
}
