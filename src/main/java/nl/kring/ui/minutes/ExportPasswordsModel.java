package nl.kring.ui.minutes;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import nl.kring.domain.Partner;
import nl.kring.report.ReportPasswords;
import nl.kring.ui.common.I18n;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which partner reports of an export get a password (AES-256). The passwords live only in this model for the one
 * export: they are never stored, and {@link #clear()} drops them when the export has started.
 */
public final class ExportPasswordsModel {
    public static final class Row {
        private final Partner partner;
        private final BooleanProperty protect = new SimpleBooleanProperty();
        private final StringProperty password = new SimpleStringProperty("");
        private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

        Row(Partner partner) {
            this.partner = partner;
            problem.bind(Bindings.createStringBinding(() -> !protect.get() ? ""
                    : ReportPasswords.problem(password.get()).map(p -> "short".equals(p)
                            ? I18n.t("export.passwords.short", ReportPasswords.MIN_LENGTH)
                            : I18n.t("export.passwords.empty")).orElse(""), protect, password));
        }

        public Partner partner() { return partner; }
        public BooleanProperty protectProperty() { return protect; }
        public StringProperty passwordProperty() { return password; }
        public ObservableStringValue problemProperty() { return problem.getReadOnlyProperty(); }

        /** Fills in a new random password and ticks the row. */
        public void generate(SecureRandom random) {
            password.set(ReportPasswords.generate(random));
            protect.set(true);
        }
    }

    private final List<Row> rows;
    private final SecureRandom random = new SecureRandom();
    /** Issue 14: also a mail draft beside each partner report. */
    private final BooleanProperty mail = new SimpleBooleanProperty();
    private final BooleanBinding valid;

    public ExportPasswordsModel(List<Partner> recipients) {
        this.rows = recipients.stream().map(Row::new).toList();
        this.valid = Bindings.createBooleanBinding(() -> rows.stream().allMatch(r -> r.problem.get().isEmpty()),
                rows.stream().map(r -> r.problem).toArray(Observable[]::new));
    }

    public List<Row> rows() {
        return rows;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public BooleanProperty mailProperty() {
        return mail;
    }

    /** The rows to read out by phone after the export: name, phone number and password of each ticked partner. */
    public PasswordList passwordList() {
        return new PasswordList(rows.stream().filter(r -> r.protect.get()).map(r -> new PasswordList.Entry(
                r.partner.name(), PasswordList.phoneOf(r.partner), r.password.get().strip())).toList());
    }

    public void generate(Row row) {
        row.generate(random);
    }

    /** Ticks every row and gives each a fresh password. */
    public void generateAll() {
        rows.forEach(r -> r.generate(random));
    }

    /** Partner id → password for the ticked rows; call only when {@link #validProperty()} holds. */
    public Map<String, String> passwords() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Row r : rows) {
            if (r.protect.get()) {
                out.put(r.partner.id(), r.password.get().strip());
            }
        }
        return out;
    }

    public void clear() {
        rows.forEach(r -> {
            r.password.set("");
            r.protect.set(false);
        });
    }
}
