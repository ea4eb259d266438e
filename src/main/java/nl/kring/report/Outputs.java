package nl.kring.report;

import nl.kring.report.layout.ReportDocument;

final class Outputs {
    private Outputs() {
    }

    static byte[] finish(ReportDocument doc, PdfOutput output) {
        return switch (output) {
            case PdfOutput.Archive a -> doc.saveArchive();
            case PdfOutput.Protected p -> doc.saveProtected(p.password());
        };
    }
}
