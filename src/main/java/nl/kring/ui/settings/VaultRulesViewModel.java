package nl.kring.ui.settings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.kring.domain.Evaluation;
import nl.kring.domain.EvidentInterest;
import nl.kring.domain.PoliceRule;
import nl.kring.domain.Role;
import nl.kring.pseudonym.Recognizer;
import nl.kring.report.LetterTexts;
import nl.kring.store.VaultPolicy;
import nl.kring.service.Services;
import nl.kring.ui.common.FormState;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.ScreenTasks;
import nl.kring.ui.common.StatusMessage;
import nl.kring.ui.common.TaskExecutor;
import nl.kring.ui.common.Validation;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The rules stored in the vault itself: the retention period per record type (months) and the evaluation interval
 * of a restriction (weeks). Typed as whole numbers, checked, saved in the background.
 */
public final class VaultRulesViewModel extends FormState {
    public static final String F_CASE_MONTHS = "caseMonths";
    public static final String F_MEETING_MONTHS = "meetingMonths";
    public static final String F_WEEKS = "evaluationWeeks";
    /** Below this a closed case is destroyed within a year: allowed, but the chair is warned. */
    static final int SHORT_MONTHS = 12;
    /** Handreiking deel I §6 point 10: "Te denken valt aan maximaal twee jaar"; longer is allowed, with a warning. */
    static final int LONG_MONTHS = 24;
    public static final String F_EVIDENT = "evidentInterestDefinition";

    private final Services services;
    private final StringProperty caseMonths = new SimpleStringProperty("");
    private final StringProperty meetingMonths = new SimpleStringProperty("");
    private final StringProperty weeks = new SimpleStringProperty("");
    private final StringProperty evidentInterest = new SimpleStringProperty("");
    /** Issue 15: per role, whether it reads information from the police (the chair always does). */
    private final Map<Role, BooleanProperty> policeRoles =
            new EnumMap<>(Role.class);
    private final ScreenTasks tasks;

    public VaultRulesViewModel(TaskExecutor executor, Services services, Supplier<LocalDate> today) {
        super(today);
        this.tasks = new ScreenTasks(executor);
        this.services = services;
        watch(caseMonths, meetingMonths, weeks, evidentInterest);
        for (Role r : Role.values()) {
            BooleanProperty b = new SimpleBooleanProperty(PoliceRule.DEFAULT.roles().contains(r));
            policeRoles.put(r, b);
            watch(b);
        }
    }

    /** What the section shows: the rules and the keten's evident belang (empty when not written yet). */
    record Loaded(VaultPolicy policy, String evidentInterest, PoliceRule policeRule,
                  Recognizer recognizer, Set<String> notNames) {
        Loaded(VaultPolicy policy, String evidentInterest, PoliceRule policeRule) {
            this(policy, evidentInterest, policeRule, null, Set.of());
        }

        Loaded(VaultPolicy policy, String evidentInterest) {
            this(policy, evidentInterest, PoliceRule.DEFAULT);
        }
    }

    /** Issue 15: the keten's wording goes into the information for clients, so it passes the unknown-name check. */
    private Recognizer recognizer;
    private Set<String> notNames = Set.of();

    private Loaded read() {
        return new Loaded(services.settings().policy(), services.settings().evidentInterest(),
                services.settings().policeRule(), services.settings().letterRecognizer(),
                services.settings().lettersNotNames());
    }

    public void load() {
        tasks.run(p -> read(), this::show);
    }

    void show(Loaded loaded) {
        recognizer = loaded.recognizer();
        notNames = loaded.notNames();
        load(() -> {
            show(loaded.policy());
            evidentInterest.set(loaded.evidentInterest());
            policeRoles.forEach((r, b) -> b.set(loaded.policeRule().roles().contains(r)));
        });
    }

    public void show(VaultPolicy policy) {
        load(() -> {
            caseMonths.set(Integer.toString(policy.caseMonths()));
            meetingMonths.set(Integer.toString(policy.meetingMonths()));
            weeks.set(Integer.toString(policy.evaluationWeeks()));
        });
    }

    @Override
    protected void check(Validation v) {
        months(v, F_CASE_MONTHS, I18n.t("rules.caseMonths"), caseMonths.get());
        months(v, F_MEETING_MONTHS, I18n.t("rules.meetingMonths"), meetingMonths.get());
        OptionalInt w = number(weeks.get());
        if (w.isEmpty() || !VaultPolicy.weeksInRange(w.getAsInt())) {
            v.error(F_WEEKS, I18n.t("rules.error.weeks", I18n.t("rules.weeks"), Evaluation.MIN_WEEKS, Evaluation.MAX_WEEKS));
        }
        if (evidentInterest.get() != null && evidentInterest.get().length() > EvidentInterest.MAX_LENGTH) {
            v.error(F_EVIDENT, I18n.t("rules.error.evidentLength", EvidentInterest.MAX_LENGTH));
        } else if (evidentInterest.get() == null || evidentInterest.get().isBlank()) {
            v.warning(F_EVIDENT, I18n.t("rules.warn.evidentMissing"));
        } else if (recognizer != null) {
            List<LetterTexts.Finding> found = LetterTexts.check(recognizer,
                    List.of(new LetterTexts.Source("Evident belang", evidentInterest.get())), notNames);
            found.stream().filter(LetterTexts.Finding::known).findFirst().ifPresentOrElse(
                    k -> v.error(F_EVIDENT, I18n.t("agreement.names.known", k.text())),
                    () -> found.stream().findFirst().ifPresent(f -> v.warning(F_EVIDENT,
                            I18n.t("rules.names.possible", f.text()))));
        }
    }

    private static void months(Validation v, String field, String label, String text) {
        OptionalInt m = number(text);
        if (m.isEmpty() || !VaultPolicy.monthsInRange(m.getAsInt())) {
            v.error(field, I18n.t("rules.error.months", label, VaultPolicy.MIN_MONTHS, VaultPolicy.MAX_MONTHS));
        } else if (m.getAsInt() < SHORT_MONTHS) {
            v.warning(field, I18n.t("rules.warn.short", label));
        } else if (m.getAsInt() > LONG_MONTHS) {
            v.warning(field, I18n.t("rules.warn.long", label));
        }
    }

    /** A whole number as typed ("24", " 24 "), or empty. */
    static OptionalInt number(String text) {
        String t = text == null ? "" : text.strip();
        if (!t.matches("\\d{1,4}")) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(t));
    }

    /** The rules as typed, or null while a value is wrong. */
    public VaultPolicy toPolicy() {
        if (!isValid()) {
            return null;
        }
        return new VaultPolicy(number(caseMonths.get()).getAsInt(), number(meetingMonths.get()).getAsInt(),
                number(weeks.get()).getAsInt());
    }

    public void save() {
        VaultPolicy policy = toPolicy();
        if (policy == null || tasks.isBusy()) {
            return;
        }
        String definition = evidentInterest.get() == null || evidentInterest.get().isBlank() ? null : evidentInterest.get().strip();
        PoliceRule police = toPoliceRule();
        tasks.run(p -> {
            services.settings().saveRules(police, definition, policy);
            return read();
        }, saved -> {
            show(saved);
            tasks.status().info(I18n.t("rules.saved"));
        });
    }

    /** The police rule as ticked. */
    public PoliceRule toPoliceRule() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        policeRoles.forEach((r, b) -> {
            if (b.get()) {
                roles.add(r);
            }
        });
        return new PoliceRule(roles);
    }

    /** Whether the role reads information from the police (the chair always does). */
    public BooleanProperty policeRoleProperty(Role role) {
        return policeRoles.get(role);
    }

    public StringProperty caseMonthsProperty() {
        return caseMonths;
    }

    public StringProperty meetingMonthsProperty() {
        return meetingMonths;
    }

    public StringProperty weeksProperty() {
        return weeks;
    }

    /** The keten's own wording of evident belang (handreiking deel II §5.2). */
    public StringProperty evidentInterestProperty() {
        return evidentInterest;
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
