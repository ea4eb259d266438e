package nl.kring.ui.disclosures;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.kring.domain.DisclosureRules;
import nl.kring.store.DisclosureRepository;
import nl.kring.ui.common.Dates;
import nl.kring.ui.common.FormState;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.Problem;
import nl.kring.ui.common.Validation;

import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * "Intrekken…": the reason a recorded note is withdrawn without a replacement (it was recorded twice, or nothing was
 * shared after all). The note stays, marked; the rules are {@link DisclosureRules#checkWithdrawal}.
 */
public final class WithdrawalFormViewModel extends FormState {
    public static final String F_REASON = "withdraw-reason";

    private final DisclosureRepository.Entry note;
    private final StringProperty reason = new SimpleStringProperty("");
    private final BooleanProperty touched = new SimpleBooleanProperty();
    private final BooleanProperty attempted = new SimpleBooleanProperty();

    public WithdrawalFormViewModel(DisclosureRepository.Entry note, Supplier<LocalDate> today) {
        super(today);
        this.note = note;
        reason.addListener((o, a, b) -> touched.set(true));
        watch(reason);
        load(() -> { });
    }

    @Override
    protected void check(Validation v) {
        for (DisclosureRules.WithdrawalProblem p : DisclosureRules.checkWithdrawal(note.disclosure(), reason.get(), null)) {
            switch (p) {
                case NO_REASON -> v.error(F_REASON, I18n.t("disclosure.withdraw.error.noReason"));
                case ALREADY_WITHDRAWN -> v.error(F_REASON, I18n.t("disclosure.withdraw.error.already",
                        Dates.format(note.disclosure().withdrawal().on())));
                default -> throw new IllegalStateException(p.name()); // only with a replacement
            }
        }
    }

    /** Marks a try: from now on the problem shows. True when the note may be withdrawn. */
    public boolean attemptSave() {
        attempted.set(true);
        validate();
        return isValid();
    }

    /** The message under the reason: only once the chair typed there or tried. */
    public StringBinding shownMessage() {
        return Bindings.createStringBinding(() -> attempted.get() || touched.get()
                ? problem(F_REASON).map(Problem::message).orElse("") : "", problems(), touched, attempted);
    }

    public DisclosureRepository.Entry note() {
        return note;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public LocalDate today() {
        return today.get();
    }
}
