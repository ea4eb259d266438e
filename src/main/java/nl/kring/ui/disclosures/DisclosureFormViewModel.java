package nl.kring.ui.disclosures;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import nl.kring.domain.CaseFile;
import nl.kring.domain.ConflictOfDuties;
import nl.kring.domain.DataCategory;
import nl.kring.domain.Disclosure;
import nl.kring.domain.DisclosureBasis;
import nl.kring.domain.DisclosureRules;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.Partner;
import nl.kring.service.DisclosureService;
import nl.kring.store.DisclosureRepository;
import nl.kring.service.Services;
import nl.kring.ui.common.Dates;
import nl.kring.ui.common.FormState;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.Problem;
import nl.kring.ui.common.Validation;
import nl.kring.ui.partners.PartnersViewModel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The disclosure note being written: which data, to whom, on what footing, why, whether the client was told, who
 * decided, when. The completeness rules are {@link DisclosureRules}; this turns them into Dutch messages per field.
 */
public final class DisclosureFormViewModel extends FormState {
    public static final String F_DATE = "disclosure-date";
    public static final String F_CATEGORIES = "disclosure-categories";
    public static final String F_RECIPIENTS = "disclosure-recipients";
    public static final String F_BASIS = "disclosure-basis";
    public static final String F_WHY = "disclosure-why";
    public static final String F_WHY_NOT_INFORMED = "disclosure-why-not-informed";
    public static final String F_DECIDED_BY = "disclosure-decided-by";
    public static final String F_CORRECTION_REASON = "disclosure-correction-reason";
    // legal footing (issue 15): the partner that disclosed, and the six conditions of a conflict van plichten
    public static final String F_FROM = "disclosure-from";
    public static final String F_CONFLICT = "disclosure-conflict";

    /** The vault setting that remembers who decided last time. */
    public static final String LAST_DECIDED_BY = DisclosureService.LAST_DECIDED_BY;

    private final String caseNumber;
    private final LocalDate meetingDate;
    private final DisclosureRepository.Entry corrects;
    private final StringProperty correctionReason = new SimpleStringProperty("");
    private final boolean caseHasConsent;
    private final Map<String, Partner> partners = new LinkedHashMap<>();
    private final Map<LifeDomain, BooleanProperty> categories = new EnumMap<>(LifeDomain.class);
    /** Issue 15: data named besides the leefgebieden (identity, contact with care providers, police information). */
    private final Map<DataCategory, BooleanProperty> others =
            new EnumMap<>(DataCategory.class);
    private final ObservableList<RecipientOption> recipients = FXCollections.observableArrayList();
    private final ObjectProperty<DisclosureBasis> basis = new SimpleObjectProperty<>();
    private final StringProperty why = new SimpleStringProperty("");
    private final BooleanProperty clientInformed = new SimpleBooleanProperty();
    private final StringProperty whyNotInformed = new SimpleStringProperty("");
    private final StringProperty decidedBy = new SimpleStringProperty("");
    private final StringProperty date = new SimpleStringProperty("");
    private final ObjectProperty<String> from = new SimpleObjectProperty<>();
    private final Map<ConflictOfDuties.Condition, StringProperty> conflict =
            new EnumMap<>(ConflictOfDuties.Condition.class);
    // A message shows once its field was changed or a save was tried: a fresh form is not a wall of red.
    private final ObservableSet<String> touched = FXCollections.observableSet();
    private final BooleanProperty attempted = new SimpleBooleanProperty();

    /** What the form needs from the vault; read in the background before it opens. */
    public record Data(CaseFile caseFile, List<Partner> partners, String lastDecidedBy) {
    }

    public static Data load(Services services, String caseNumber) {
        CaseFile c = services.cases().find(caseNumber)
                .orElseThrow(() -> new IllegalArgumentException("there is no case " + caseNumber));
        return new Data(c, services.partners().all(), services.disclosures().lastDecidedBy().orElse(""));
    }

    /**
     * A new note for the case; {@code meetingDate} when it is recorded from the minutes of a meeting (it becomes
     * the date of the note), null outside a meeting (the date is today).
     */
    public DisclosureFormViewModel(Data data, LocalDate meetingDate, Supplier<LocalDate> today) {
        this(data, meetingDate, null, today);
    }

    /**
     * A correction of a recorded note: the form filled with what it says, for the same case and meeting. Saving
     * records the corrected note and withdraws the old one (which stays, marked), so the form also asks what was wrong.
     */
    public static DisclosureFormViewModel correcting(Data data, DisclosureRepository.Entry note, Supplier<LocalDate> today) {
        if (!note.caseNumber().equals(data.caseFile().number())) {
            throw new IllegalArgumentException("note #" + note.id() + " is not of case " + data.caseFile().number());
        }
        return new DisclosureFormViewModel(data, note.meetingDate(), note, today);
    }

    private DisclosureFormViewModel(Data data, LocalDate meetingDate, DisclosureRepository.Entry corrects,
                                    Supplier<LocalDate> today) {
        super(today);
        this.caseNumber = data.caseFile().number();
        this.meetingDate = meetingDate;
        this.corrects = corrects;
        this.caseHasConsent = data.caseFile().hasConsent();
        // who could receive data is judged on the day of the disclosure: for a correction, the day of the note; in a
        // meeting that was held, its day; else (outside a meeting, or ahead of a planned one) today (issue 13)
        LocalDate on = corrects != null && corrects.disclosure().date() != null ? corrects.disclosure().date()
                : meetingDate != null && !meetingDate.isAfter(today.get()) ? meetingDate : today.get();
        List<String> kring = data.caseFile().kring();
        List<RecipientOption> options = new ArrayList<>();
        for (Partner p : data.partners()) {
            partners.put(p.id(), p);
            boolean ok = p.hasValidAgreement(on);
            options.add(new RecipientOption(p, kring.contains(p.id()), ok, ok ? null : PartnersViewModel.agreementStatus(p, on)));
        }
        // the case's kring first, then the others who may receive data, then those who may not
        options.sort(Comparator.comparing((RecipientOption o) -> !o.eligible()).thenComparing(o -> !o.inKring())
                .thenComparing(o -> o.partner().name(), String.CASE_INSENSITIVE_ORDER));
        for (LifeDomain d : LifeDomain.values()) {
            BooleanProperty b = new SimpleBooleanProperty();
            categories.put(d, b);
            touchOn(b, F_CATEGORIES);
        }
        for (DataCategory c : DataCategory.values()) {
            BooleanProperty b = new SimpleBooleanProperty();
            others.put(c, b);
            touchOn(b, F_CATEGORIES);
        }
        recipients.setAll(options);
        recipients.forEach(o -> touchOn(o.selectedProperty(), F_RECIPIENTS));
        touchOn(basis, F_BASIS);
        touchOn(why, F_WHY);
        touchOn(clientInformed, F_WHY_NOT_INFORMED);
        touchOn(whyNotInformed, F_WHY_NOT_INFORMED);
        touchOn(decidedBy, F_DECIDED_BY);
        touchOn(date, F_DATE);
        touchOn(correctionReason, F_CORRECTION_REASON);
        touchOn(from, F_FROM);
        for (ConflictOfDuties.Condition c : ConflictOfDuties.Condition.values()) {
            StringProperty t = new SimpleStringProperty("");
            conflict.put(c, t);
            touchOn(t, F_CONFLICT);
        }
        if (corrects != null) {
            load(() -> fillFrom(corrects.disclosure()));
            touched.clear(); // filled in, not changed by the chair yet
            return;
        }
        load(() -> {
            basis.set(DisclosureRules.suggestedBasis(data.caseFile()));
            decidedBy.set(data.lastDecidedBy() == null ? "" : data.lastDecidedBy());
            date.set(Dates.format(on));
        });
    }

    private void fillFrom(Disclosure d) {
        d.categories().forEach(c -> categories.get(c).set(true));
        d.otherCategories().forEach(c -> others.get(c).set(true));
        // a recipient no longer in the register cannot be ticked; the old note keeps it
        recipients.forEach(o -> o.selectedProperty().set(d.to().contains(o.partnerId())));
        basis.set(d.basis());
        why.set(d.why() == null ? "" : d.why());
        clientInformed.set(d.clientInformed());
        whyNotInformed.set(d.whyNotInformed() == null ? "" : d.whyNotInformed());
        decidedBy.set(d.decidedBy() == null ? "" : d.decidedBy());
        date.set(Dates.format(d.date()));
        from.set(d.from());
        if (d.conflictOfDuties() != null) {
            conflict.forEach((c, t) -> t.set(d.conflictOfDuties().text(c) == null ? "" : d.conflictOfDuties().text(c)));
        }
    }

    private void touchOn(ObservableValue<?> value, String field) {
        value.addListener((o, a, b) -> touched.add(field));
        watch(value);
    }

    @Override
    protected void check(Validation v) {
        LocalDate on = null;
        if (date.get() == null || date.get().isBlank()) {
            v.error(F_DATE, I18n.t("disclosure.error.noDate"));
        } else {
            on = v.date(F_DATE, I18n.t("disclosure.date"), date.get(), false);
            // after today only the date of the planned meeting the note is recorded for (issue 13)
            if (on != null && !DisclosureRules.acceptedDate(on, v.today(), meetingDate)) {
                v.error(F_DATE, meetingDate != null && meetingDate.isAfter(v.today())
                        ? I18n.t("disclosure.error.futureNotMeeting", Dates.format(on), Dates.format(meetingDate))
                        : I18n.t("disclosure.error.future", Dates.format(on)));
            }
        }
        List<Problem> found = new ArrayList<>();
        for (DisclosureRules.Problem p : DisclosureRules.check(toDisclosure(on), partners, v.today(), meetingDate)) {
            if (p.field() == DisclosureRules.Field.DATE) {
                continue; // said above, with the typed text
            }
            found.add(new Problem(field(p.field()), message(p, on), true));
        }
        found.forEach(p -> v.error(p.field(), p.message()));
        if (basis.get() == DisclosureBasis.TOESTEMMING && !caseHasConsent) {
            v.warning(F_BASIS, I18n.t("disclosure.warn.noConsent"));
        }
        if (basis.get() == DisclosureBasis.CONFLICT_VAN_PLICHTEN) {
            // Deel II §4.5: no general ground for sharing without consent in a vangnetoverleg.
            v.warning(F_BASIS, I18n.t(meetingDate != null ? "disclosure.warn.conflictInMeeting" : "disclosure.warn.conflict"));
        }
        if (corrects != null) {
            for (DisclosureRules.WithdrawalProblem p : DisclosureRules.checkWithdrawal(corrects.disclosure(),
                    correctionReason.get(), toDisclosure(on))) {
                v.error(F_CORRECTION_REASON, switch (p) {
                    case NO_REASON -> I18n.t("disclosure.correct.error.noReason");
                    case UNCHANGED -> I18n.t("disclosure.correct.error.unchanged");
                    case ALREADY_WITHDRAWN -> I18n.t("disclosure.withdraw.error.already",
                            Dates.format(corrects.disclosure().withdrawal().on()));
                    // the corrected note is new: it is neither the old one nor withdrawn
                    case REPLACEMENT_IS_THE_NOTE, REPLACEMENT_WITHDRAWN -> throw new IllegalStateException(p.name());
                });
            }
        }
    }

    private static String field(DisclosureRules.Field f) {
        return switch (f) {
            case CATEGORIES -> F_CATEGORIES;
            case RECIPIENTS -> F_RECIPIENTS;
            case BASIS -> F_BASIS;
            case FROM -> F_FROM;
            case CONFLICT_OF_DUTIES -> F_CONFLICT;
            case WHY -> F_WHY;
            case WHY_NOT_INFORMED -> F_WHY_NOT_INFORMED;
            case DECIDED_BY -> F_DECIDED_BY;
            case DATE -> F_DATE;
        };
    }

    private String message(DisclosureRules.Problem p, LocalDate on) {
        return switch (p.code()) {
            case NO_CATEGORY -> I18n.t("disclosure.error.noCategory");
            case NO_RECIPIENT -> I18n.t("disclosure.error.noRecipient");
            case RECIPIENT_UNKNOWN -> I18n.t("disclosure.error.recipientUnknown", p.subject());
            case RECIPIENT_NO_AGREEMENT -> I18n.t("disclosure.error.recipientNoAgreement", partners.get(p.subject()).name(),
                    Dates.format(on == null ? today.get() : on));
            case NO_BASIS -> I18n.t("disclosure.error.noBasis");
            case NO_WHY -> I18n.t("disclosure.error.noWhy");
            case NO_WHY_NOT_INFORMED -> I18n.t("disclosure.error.noWhyNotInformed");
            case NO_DECIDER -> I18n.t("disclosure.error.noDecider");
            case NO_DATE -> I18n.t("disclosure.error.noDate");
            case DATE_IN_FUTURE -> I18n.t("validation.dateFuture", I18n.t("disclosure.date"), Dates.format(on));
            case FROM_UNKNOWN -> I18n.t("disclosure.error.recipientUnknown", p.subject());
            case CONFLICT_CONDITION_MISSING -> I18n.t("disclosure.error.conflictCondition",
                    I18n.t("disclosure.conflict." + p.subject()));
        };
    }

    /** The note as written (the date as typed, null when it is no date). */
    public Disclosure toDisclosure() {
        Dates.Parsed p = Dates.parse(date.get());
        return toDisclosure(p.date());
    }

    private Disclosure toDisclosure(LocalDate on) {
        List<LifeDomain> cats = categories.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey).toList();
        List<DataCategory> otherCats = others.entrySet().stream().filter(e -> e.getValue().get())
                .map(Map.Entry::getKey).toList();
        List<String> to = recipients.stream().filter(RecipientOption::isSelected).map(RecipientOption::partnerId).toList();
        boolean informed = clientInformed.get();
        ConflictOfDuties cod = null;
        if (basis.get() == DisclosureBasis.CONFLICT_VAN_PLICHTEN) {
            Map<ConflictOfDuties.Condition, String> texts = new EnumMap<>(ConflictOfDuties.Condition.class);
            conflict.forEach((c, t) -> texts.put(c, strip(t.get())));
            cod = ConflictOfDuties.of(texts);
        }
        return new Disclosure(cats, to, basis.get(), strip(why.get()), informed ? null : strip(whyNotInformed.get()),
                strip(decidedBy.get()), on, informed).withSource(from.get(), cod).withOtherCategories(otherCats);
    }

    /** The problem to show beside a field: only once the chair has been there or tried to save. */
    public StringBinding shownMessage(String field) {
        return Bindings.createStringBinding(() -> attempted.get() || touched.contains(field)
                ? problem(field).map(Problem::message).orElse("") : "", problems(), touched, attempted);
    }

    /** The first field with a blocking problem (to put the cursor there after a refused save). */
    public Optional<String> firstBlockingField() {
        return problems().stream().filter(Problem::blocking).map(Problem::field).findFirst();
    }

    /** Marks a save attempt: from now on every problem shows. True when the note may be recorded. */
    public boolean attemptSave() {
        attempted.set(true);
        validate();
        return isValid();
    }

    /** The note this form corrects, if it is a correction. */
    public Optional<DisclosureRepository.Entry> corrects() {
        return Optional.ofNullable(corrects);
    }

    /** What was wrong with the note being corrected (required for a correction). */
    public StringProperty correctionReasonProperty() {
        return correctionReason;
    }

    public LocalDate today() {
        return today.get();
    }

    public String caseNumber() {
        return caseNumber;
    }

    public LocalDate meetingDate() {
        return meetingDate;
    }

    public boolean caseHasConsent() {
        return caseHasConsent;
    }

    public BooleanProperty category(LifeDomain d) {
        return categories.get(d);
    }

    /** Ticks data besides the leefgebieden (issue 15). */
    public BooleanProperty category(DataCategory c) {
        return others.get(c);
    }

    public ObservableList<RecipientOption> recipients() {
        return recipients;
    }

    public Optional<RecipientOption> recipient(String partnerId) {
        return recipients.stream().filter(o -> o.partnerId().equals(partnerId)).findFirst();
    }

    public ObjectProperty<DisclosureBasis> basisProperty() {
        return basis;
    }

    public StringProperty whyProperty() {
        return why;
    }

    public BooleanProperty clientInformedProperty() {
        return clientInformed;
    }

    public StringProperty whyNotInformedProperty() {
        return whyNotInformed;
    }

    public StringProperty decidedByProperty() {
        return decidedBy;
    }

    public StringProperty dateProperty() {
        return date;
    }

    /** The partner that disclosed (point 7), null when not recorded. */
    public ObjectProperty<String> fromProperty() {
        return from;
    }

    /** The text for one condition of a conflict van plichten (deel II §4.5). */
    public StringProperty conflictProperty(ConflictOfDuties.Condition c) {
        return conflict.get(c);
    }

    /** The partners by id, in the register's order (for the "from" choice). */
    public List<Partner> partners() {
        return List.copyOf(partners.values());
    }
}
