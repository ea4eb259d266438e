package nl.kring.ui.cases;

import nl.kring.domain.CaseFile;
import nl.kring.ui.common.Text;

/** A line of the case list, with its search text prepared once (500 cases filter in well under a millisecond). */
public final class CaseRow {
    private final CaseFile file;
    private final String displayName;
    private final String haystack;

    public CaseRow(CaseFile file) {
        this.file = file;
        this.displayName = file.client().displayName();
        var c = file.client();
        this.haystack = Text.fold(String.join(" ", file.number(), displayName, nz(c.firstNames()), nz(c.roepnaam()),
                nz(c.surname()), String.join(" ", c.aliases()), file.phase().label(), file.phase().name(),
                nz(c.address()), nz(c.bsn()), nz(c.bsn()).replaceAll("\\D", "")));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public CaseFile file() {
        return file;
    }

    public String number() {
        return file.number();
    }

    public String displayName() {
        return displayName;
    }

    public String phase() {
        return file.phase().label();
    }

    public int kringSize() {
        return file.kring().size();
    }

    public boolean matches(String[] terms) {
        return Text.matchesAll(haystack, terms);
    }
}
