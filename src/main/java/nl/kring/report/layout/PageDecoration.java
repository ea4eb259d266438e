package nl.kring.report.layout;

/**
 * What every page carries: who the copy is for and the confidentiality line at the top; the document's date line
 * and "pagina X van Y" at the bottom. {@code mark} stands in red before the recipient: "VERTROUWELIJK" for every copy
 * that holds data of clients; a general document without any (the information letter for clients) says "INFORMATIE".
 */
public record PageDecoration(String recipientLine, String confidentialityLine, String footerLine, String mark) {
    public static final String CONFIDENTIAL = "VERTROUWELIJK";

    public PageDecoration(String recipientLine, String confidentialityLine, String footerLine) {
        this(recipientLine, confidentialityLine, footerLine, CONFIDENTIAL);
    }

    public PageDecoration {
        if (recipientLine == null || recipientLine.isBlank() || confidentialityLine == null
                || confidentialityLine.isBlank()) {
            throw new IllegalArgumentException("every page needs a recipient and a confidentiality line");
        }
        footerLine = footerLine == null ? "" : footerLine;
        mark = mark == null || mark.isBlank() ? CONFIDENTIAL : mark.strip();
    }
}
