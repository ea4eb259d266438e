package nl.kring.ui.common;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one validation pass, in the order of the form. */
public final class Validation {
    private final List<Problem> problems = new ArrayList<>();
    private final LocalDate today;

    public Validation(LocalDate today) {
        this.today = today;
    }

    public void error(String field, String message) {
        problems.add(new Problem(field, message, true));
    }

    public void warning(String field, String message) {
        problems.add(new Problem(field, message, false));
    }

    public void required(String field, String label, String value) {
        if (value == null || value.isBlank()) {
            error(field, I18n.t("validation.required", label));
        }
    }

    /**
     * Reads a date field: an impossible date (31-02-2026) or a date in the future where that cannot be is an
     * error. Returns the date, or null when empty or invalid.
     */
    public LocalDate date(String field, String label, String text, boolean notInFuture) {
        Dates.Parsed p = Dates.parse(text);
        if (p.invalid()) {
            error(field, I18n.t("validation.dateInvalid", label, text.strip()));
            return null;
        }
        if (p.date() != null && notInFuture && p.date().isAfter(today)) {
            error(field, I18n.t("validation.dateFuture", label, Dates.format(p.date())));
        }
        return p.date();
    }

    public LocalDate today() {
        return today;
    }

    public List<Problem> problems() {
        return problems;
    }
}
