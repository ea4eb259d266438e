package nl.kring.report.layout;

/**
 * What every page carries: who the copy is for and the confidentiality line at the top; the document's date line
 * and "pagina X van Y" at the bottom.
 */
public record PageDecoration(String recipientLine, String confidentialityLine, String footerLine) {
    public PageDecoration {
        if (recipientLine == null || recipientLine.isBlank() || confidentialityLine == null
                || confidentialityLine.isBlank()) {
            throw new IllegalArgumentException("every page needs a recipient and a confidentiality line");
        }
        footerLine = footerLine == null ? "" : footerLine;
    }
}
