package nl.kring.ui.cases;

import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.kring.domain.ConsentPerson;
import nl.kring.domain.ConsentStatus;
import nl.kring.ui.common.Dates;
import nl.kring.ui.common.I18n;

import java.text.Normalizer;
import java.util.Locale;

/**
 * One editable line of consent per person (handreiking deel II §4.2-4.3): who (cliënt, ouder, voogd, wettelijk
 * vertegenwoordiger), the name, the answer (gevraagd, gegeven, geweigerd, niet te vragen) and its date, typed as text.
 */
public final class ConsentPersonRow {
    private final StringProperty who = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty date = new SimpleStringProperty("");

    public ConsentPersonRow(String who, String name, String status, String date) {
        this.who.set(who == null ? "" : who);
        this.name.set(name == null ? "" : name);
        this.status.set(status == null ? "" : status);
        this.date.set(date == null ? "" : date);
    }

    public static ConsentPersonRow of(ConsentPerson p) {
        return new ConsentPersonRow(I18n.t("consent.who." + p.who().name()), p.name(),
                p.status() == null ? "" : p.status().label().toLowerCase(Locale.ROOT), Dates.format(p.date()));
    }

    /** The role as typed ("ouder", "Voogd", "vertegenwoordiger"), or null when it is none of them. */
    public ConsentPerson.Who parsedWho() {
        String t = fold(who.get());
        for (ConsentPerson.Who w : ConsentPerson.Who.values()) {
            String label = fold(I18n.t("consent.who." + w.name()));
            if (!t.isEmpty() && (t.equals(label) || t.equals(fold(w.label())) || label.endsWith(" " + t)
                    || t.equals(w.name().toLowerCase(Locale.ROOT)))) {
                return w;
            }
        }
        return null;
    }

    /** The answer as typed ("gegeven", "Geweigerd", "niet te vragen"), or null. */
    public ConsentStatus parsedStatus() {
        String t = fold(status.get());
        for (ConsentStatus s : ConsentStatus.values()) {
            if (!t.isEmpty() && (t.equals(fold(s.label())) || t.equals(fold(s.name().replace('_', ' '))))) {
                return s;
            }
        }
        return null;
    }

    private static String fold(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").strip()
                .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    public ConsentPerson toPerson() {
        String n = name.get().strip();
        return new ConsentPerson(parsedWho(), n.isEmpty() ? null : n, parsedStatus(), Dates.parse(date.get()).date());
    }

    public boolean isBlank() {
        return who.get().isBlank() && name.get().isBlank() && status.get().isBlank() && date.get().isBlank();
    }

    public StringProperty whoProperty() {
        return who;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty dateProperty() {
        return date;
    }

    Observable[] observables() {
        return new Observable[] {who, name, status, date};
    }
}
