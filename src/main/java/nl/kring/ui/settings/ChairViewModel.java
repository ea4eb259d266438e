package nl.kring.ui.settings;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.kring.domain.ChairDetails;
import nl.kring.domain.Contacts;
import nl.kring.service.Services;
import nl.kring.ui.common.FormState;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.ScreenTasks;
import nl.kring.ui.common.StatusMessage;
import nl.kring.ui.common.TaskExecutor;
import nl.kring.ui.common.TextLimits;
import nl.kring.ui.common.Validation;

import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * The chair's own contact details and the complaints contact, kept in the vault (issue 14). Reports, the inzage copy,
 * the terugmelding and the invitations name them; invitations need at least the e-mail address.
 */
public final class ChairViewModel extends FormState {
    public static final String F_NAME = "chairName";
    public static final String F_FUNCTION = "chairFunction";
    public static final String F_EMAIL = "chairEmail";
    public static final String F_PHONE = "chairPhone";
    public static final String F_COMPLAINTS = "complaints";
    static final int COMPLAINTS_MAX = 1000;

    private final Services services;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty function = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty complaints = new SimpleStringProperty("");
    private final ScreenTasks tasks;

    public ChairViewModel(TaskExecutor executor, Services services, Supplier<LocalDate> today) {
        super(today);
        this.tasks = new ScreenTasks(executor);
        this.services = services;
        watch(name, function, email, phone, complaints);
    }

    public void load() {
        tasks.run(p -> services.settings().chair(), this::show);
    }

    public void show(ChairDetails d) {
        load(() -> {
            name.set(orEmpty(d.name()));
            function.set(orEmpty(d.function()));
            email.set(orEmpty(d.email()));
            phone.set(orEmpty(d.phone()));
            complaints.set(orEmpty(d.complaints()));
        });
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    @Override
    protected void check(Validation v) {
        if (name.get().length() > TextLimits.NAME) {
            v.error(F_NAME, I18n.t("chair.error.long"));
        }
        if (function.get().length() > TextLimits.NAME) {
            v.error(F_FUNCTION, I18n.t("chair.error.long"));
        }
        if (!Contacts.validEmail(email.get())) {
            v.error(F_EMAIL, I18n.t("contact.error.email"));
        } else if (email.get().isBlank()) {
            v.warning(F_EMAIL, I18n.t("chair.warn.noEmail"));
        }
        if (!Contacts.validPhone(phone.get())) {
            v.error(F_PHONE, I18n.t("contact.error.phone"));
        }
        if (complaints.get().length() > COMPLAINTS_MAX) {
            v.error(F_COMPLAINTS, I18n.t("chair.error.long"));
        }
        if (name.get().isBlank()) {
            v.warning(F_NAME, I18n.t("chair.warn.noName"));
        }
    }

    public ChairDetails toDetails() {
        return new ChairDetails(name.get(), function.get(), email.get(), phone.get(), complaints.get());
    }

    public void save() {
        if (!isValid() || tasks.isBusy()) {
            return;
        }
        ChairDetails details = toDetails();
        tasks.run(p -> {
            return services.settings().saveChair(details);
        }, saved -> {
            show(saved);
            tasks.status().info(I18n.t("chair.saved"));
        });
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty functionProperty() {
        return function;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty complaintsProperty() {
        return complaints;
    }

    /** The line under the section: "opgeslagen", or in red what went wrong. */
    public StatusMessage status() {
        return tasks.status();
    }

    public StringProperty resultProperty() {
        return tasks.status().textProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.busyProperty();
    }
}
