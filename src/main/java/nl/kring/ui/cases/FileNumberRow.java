package nl.kring.ui.cases;

import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.kring.domain.FileNumber;

/** One editable line of the partners' file numbers (issue 12): the partner's id, its own word for it, the number. */
public final class FileNumberRow {
    private final StringProperty partner = new SimpleStringProperty("");
    private final StringProperty label = new SimpleStringProperty("");
    private final StringProperty number = new SimpleStringProperty("");

    public FileNumberRow(String partner, String label, String number) {
        this.partner.set(partner == null ? "" : partner);
        this.label.set(label == null ? "" : label);
        this.number.set(number == null ? "" : number);
    }

    public static FileNumberRow of(FileNumber f) {
        return new FileNumberRow(f.partnerId(), f.label(), f.number());
    }

    public StringProperty partnerProperty() {
        return partner;
    }

    public StringProperty labelProperty() {
        return label;
    }

    public StringProperty numberProperty() {
        return number;
    }

    public boolean isBlank() {
        return (partner.get() == null || partner.get().isBlank()) && label.get().isBlank() && number.get().isBlank();
    }

    /** The row as stored: text stripped, an empty label as none. */
    FileNumber toFileNumber() {
        String l = label.get().strip();
        return new FileNumber(partner.get() == null ? "" : partner.get().strip(), l.isEmpty() ? null : l,
                number.get().strip());
    }

    Observable[] observables() {
        return new Observable[] {partner, label, number};
    }
}
