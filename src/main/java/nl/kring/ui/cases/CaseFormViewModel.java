package nl.kring.ui.cases;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.kring.domain.Bsn;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Client;
import nl.kring.domain.Consent;
import nl.kring.domain.ConsentPerson;
import nl.kring.domain.ConsentStatus;
import nl.kring.domain.DomainAssessment;
import nl.kring.domain.Evaluation;
import nl.kring.domain.FileNumber;
import nl.kring.domain.Informed;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.Partner;
import nl.kring.domain.Phase;
import nl.kring.domain.Referrer;
import nl.kring.domain.Relative;
import nl.kring.ui.common.Dates;
import nl.kring.ui.common.FormState;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.TextLimits;
import nl.kring.ui.common.Validation;
import nl.kring.ui.partners.PartnersViewModel;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** The case being created or edited: every field of the case file as a property, and the rules of the form. */
public final class CaseFormViewModel extends FormState {
    public static final String F_NUMBER = "number";
    public static final String F_SURNAME = "surname";
    public static final String F_ALIASES = "aliases";
    public static final String F_BIRTH = "birthDate";
    public static final String F_BSN = "bsn";
    public static final String F_RELATIVES = "relatives";
    public static final String F_FILE_NUMBERS = "fileNumbers";
    public static final String F_CONSENT_PERSONS = "consentPersons";
    public static final String F_LEGAL_REP = "legalRepresentative";
    public static final String F_REPORTED = "reportedOn";
    public static final String F_KRING = "kring";
    public static final String F_CONSENT_DATE = "consentDate";
    public static final String F_INFORMED = "informedReason";
    public static final String F_EVIDENT = "evidentInterest";
    public static final String F_LIGHTER = "lighterMeans";
    public static final String F_EVALUATION = "evaluationDue";
    public static final int ALIASES_MAX = 1000;

    private final BooleanProperty isNew = new SimpleBooleanProperty(true);
    private final BooleanProperty open = new SimpleBooleanProperty(false);
    private final StringProperty number = new SimpleStringProperty("");
    private final StringProperty firstNames = new SimpleStringProperty("");
    private final StringProperty roepnaam = new SimpleStringProperty("");
    private final StringProperty prefix = new SimpleStringProperty("");
    private final StringProperty surname = new SimpleStringProperty("");
    private final StringProperty aliases = new SimpleStringProperty("");
    private final StringProperty birthDate = new SimpleStringProperty("");
    private final StringProperty bsn = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final ObservableList<RelativeRow> relatives = FXCollections.observableArrayList(RelativeRow::observables);
    // the partners' own numbers for the client (issue 12), and the partners that can have issued one
    private final ObservableList<FileNumberRow> fileNumbers = FXCollections.observableArrayList(FileNumberRow::observables);
    private final ObservableList<String> fileNumberPartners = FXCollections.observableArrayList();
    private final Map<String, String> partnerNames = new HashMap<>();
    // consent per person (issue 15; handreiking deel II §4.2-4.3)
    private final ObservableList<ConsentPersonRow> consentPersons = FXCollections.observableArrayList(ConsentPersonRow::observables);
    private final StringProperty legalRepresentative = new SimpleStringProperty("");
    private final BooleanProperty incapacitated = new SimpleBooleanProperty();
    private final StringProperty referrerName = new SimpleStringProperty("");
    private final StringProperty referrerOrganisation = new SimpleStringProperty("");
    private final BooleanProperty referrerAnonymous = new SimpleBooleanProperty();
    private final StringProperty reportedOn = new SimpleStringProperty("");
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.MELDING);
    private final List<DomainRow> domains = Arrays.stream(LifeDomain.values()).map(DomainRow::new).toList();
    private final ObservableList<KringOption> kring = FXCollections.observableArrayList(KringOption::observables);
    private final ObjectProperty<ConsentStatus> consentStatus = new SimpleObjectProperty<>();
    private final StringProperty consentDate = new SimpleStringProperty("");
    private final StringProperty consentBy = new SimpleStringProperty("");
    private final ObjectProperty<Boolean> informed = new SimpleObjectProperty<>();
    private final StringProperty informedReason = new SimpleStringProperty("");
    private final StringProperty evidentInterest = new SimpleStringProperty("");
    private final StringProperty lighterMeans = new SimpleStringProperty("");
    private final StringProperty evaluationDue = new SimpleStringProperty("");
    private final StringBinding ageNote;
    // Evaluation of the restriction (point 5): the due date follows from the rules, not typed.
    private final IntegerProperty evaluationWeeks =
            new SimpleIntegerProperty(Evaluation.DEFAULT_WEEKS);
    private final ObjectProperty<LocalDate> evaluatedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<Evaluation.Plan> evaluationPlan = new SimpleObjectProperty<>();
    private final StringBinding evaluationNote;
    private CaseFile loaded;
    private Set<String> takenNumbers = Set.of();
    private LocalDate closedOn;

    public CaseFormViewModel(Supplier<LocalDate> today) {
        super(today);
        watch(number, firstNames, roepnaam, prefix, surname, aliases, birthDate, bsn, address, phone,
                legalRepresentative, incapacitated, referrerName, referrerOrganisation, referrerAnonymous, reportedOn,
                phase, consentStatus, consentDate, consentBy, informed, informedReason, evidentInterest, lighterMeans,
                evaluatedOn);
        watchList(relatives);
        watchList(fileNumbers);
        watchList(consentPersons);
        watchList(kring);
        for (DomainRow d : domains) {
            watch(d.scoreProperty(), d.noteProperty(), d.policeNoteProperty());
        }
        ageNote = Bindings.createStringBinding(() -> ageNote(Dates.parse(birthDate.get()).date(), today.get()), birthDate);
        for (Observable o : List.of(phase, consentStatus, reportedOn, evaluatedOn, evaluationWeeks)) {
            o.addListener(x -> updateEvaluation());
        }
        evaluationNote = Bindings.createStringBinding(() -> evaluationNote(evaluationPlan.get(), today.get(),
                evaluationWeeks.get(), evaluatedOn.get(), Dates.parse(reportedOn.get()).date()), evaluationPlan, evaluationWeeks);
    }

    /**
     * Recomputes the evaluation due date from the rules: the case as stored (none for a new case), its phase and
     * consent as now in the form, and an evaluation recorded in this edit. The date is derived, so setting it does
     * not count as a change by itself.
     */
    private void updateEvaluation() {
        if (!open.get()) {
            evaluationPlan.set(null);
            return;
        }
        CaseFile now = new CaseFile(number.get(), null, null, Dates.parse(reportedOn.get()).date(), phase.get(), null,
                consentStatus.get() == null ? null : new Consent(consentStatus.get(), null, null), null, null, null,
                null, null, null);
        Evaluation.Plan plan = Evaluation.plan(loaded, now, today.get(), evaluationWeeks.get(), evaluatedOn.get());
        evaluationPlan.set(plan);
        evaluationDue.set(Dates.format(plan.due()));
    }

    /** The line under the evaluation date that says why it falls when it does. */
    static String evaluationNote(Evaluation.Plan plan, LocalDate today, int weeks, LocalDate evaluatedOn, LocalDate reported) {
        if (plan == null) {
            return "";
        }
        String due = Dates.format(plan.due());
        String text = switch (plan.basis()) {
            case NOT_NEEDED_CONSENT -> I18n.t("evaluation.note.consent");
            case NOT_NEEDED_CLOSED -> I18n.t("evaluation.note.closed");
            case REPORTED -> I18n.t("evaluation.note.reported", due, weeks, Dates.format(reported == null ? today : reported));
            case PHASE_CHANGE -> I18n.t("evaluation.note.phase", due);
            case EVALUATED -> I18n.t("evaluation.note.evaluated", Dates.format(evaluatedOn), due, weeks);
            case RESTRICTION_STARTED -> I18n.t("evaluation.note.started", due, weeks);
            case SCHEDULED -> I18n.t("evaluation.note.scheduled", due, weeks);
        };
        if (plan.due() != null && plan.basis() != Evaluation.Basis.EVALUATED) {
            long late = ChronoUnit.DAYS.between(plan.due(), today);
            if (late > 0) {
                text += " " + I18n.t("evaluation.note.late", late);
            } else if (late == 0 && plan.basis() != Evaluation.Basis.PHASE_CHANGE) {
                text += " " + I18n.t("evaluation.note.today");
            }
        }
        return text;
    }

    /** "Evaluatie vastleggen": the chair evaluated the restriction today; the next is due N weeks later. */
    public void recordEvaluation() {
        if (open.get() && !isNew.get() && evaluationPlan.get() != null && evaluationPlan.get().needed()) {
            evaluatedOn.set(today.get());
        }
    }

    /** The interval N from the vault's settings; changes the computed date, not the form's "changed" state. */
    public void setEvaluationWeeks(int weeks) {
        boolean wasDirty = dirtyProperty().get();
        evaluationWeeks.set(weeks);
        dirtyProperty().set(wasDirty);
    }

    /** The age rules of the handreiking for minors, from the date of birth; "" for adults or no date. */
    public static String ageNote(LocalDate born, LocalDate on) {
        if (born == null || born.isAfter(on)) {
            return "";
        }
        int age = Period.between(born, on).getYears();
        if (age < 12) {
            return I18n.t("case.age.under12", age);
        }
        if (age < 16) {
            return I18n.t("case.age.12to15", age);
        }
        if (age < 18) {
            return I18n.t("case.age.16to17", age);
        }
        return "";
    }

    public void startNew(String proposedNumber, List<Partner> partners, Set<String> existingNumbers) {
        load(() -> {
            takenNumbers = Set.copyOf(existingNumbers);
            isNew.set(true);
            open.set(true);
            number.set(proposedNumber);
            fillClient(new Client(null, null, null, null, List.of(), null, null, null, null, List.of(), null, false));
            referrerName.set("");
            referrerOrganisation.set("");
            referrerAnonymous.set(false);
            reportedOn.set(Dates.format(today.get()));
            phase.set(Phase.MELDING);
            domains.forEach(d -> {
                d.scoreProperty().set(null);
                d.noteProperty().set("");
                d.policeNoteProperty().set(false);
            });
            setKringOptions(partners, List.of());
            consentStatus.set(null);
            consentDate.set("");
            consentBy.set("");
            consentPersons.clear();
            informed.set(null);
            informedReason.set("");
            evidentInterest.set("");
            lighterMeans.set("");
            loaded = null;
            evaluatedOn.set(null);
            closedOn = null;
            updateEvaluation();
        });
    }

    public void edit(CaseFile c, List<Partner> partners) {
        load(() -> {
            loaded = c;
            evaluatedOn.set(null);
            takenNumbers = Set.of();
            isNew.set(false);
            open.set(true);
            number.set(c.number());
            fillClient(c.client());
            referrerName.set(nz(c.referrer() == null ? null : c.referrer().name()));
            referrerOrganisation.set(nz(c.referrer() == null ? null : c.referrer().organisation()));
            referrerAnonymous.set(c.referrer() != null && c.referrer().anonymous());
            reportedOn.set(Dates.format(c.reportedOn()));
            phase.set(c.phase());
            for (DomainRow d : domains) {
                DomainAssessment a = c.domains().get(d.domain());
                d.scoreProperty().set(a == null ? null : a.score());
                d.noteProperty().set(a == null ? "" : nz(a.note()));
                d.policeNoteProperty().set(a != null && a.policeNote());
            }
            setKringOptions(partners, c.kring());
            consentStatus.set(c.consent() == null ? null : c.consent().status());
            consentDate.set(c.consent() == null ? "" : Dates.format(c.consent().date()));
            consentBy.set(c.consent() == null ? "" : nz(c.consent().by()));
            consentPersons.setAll(c.consent() == null ? List.of()
                    : c.consent().persons().stream().map(ConsentPersonRow::of).toList());
            informed.set(c.informed() == null ? null : c.informed().status());
            informedReason.set(c.informed() == null ? "" : nz(c.informed().reason()));
            evidentInterest.set(nz(c.evidentInterest()));
            lighterMeans.set(nz(c.lighterMeansConsidered()));
            closedOn = c.closedOn();
            updateEvaluation();
        });
    }

    /** Empties every field (after a lock or when nothing is chosen). */
    public void close() {
        startNew("", List.of(), Set.of());
        load(() -> {
            open.set(false);
            number.set("");
            reportedOn.set("");
            evaluationDue.set("");
            evaluationPlan.set(null);
        });
    }

    private void fillClient(Client cl) {
        firstNames.set(nz(cl.firstNames()));
        roepnaam.set(nz(cl.roepnaam()));
        prefix.set(nz(cl.prefix()));
        surname.set(nz(cl.surname()));
        aliases.set(String.join(", ", cl.aliases()));
        birthDate.set(Dates.format(cl.birthDate()));
        bsn.set(nz(cl.bsn()));
        address.set(nz(cl.address()));
        phone.set(nz(cl.phone()));
        relatives.setAll(cl.relatives().stream().map(RelativeRow::of).toList());
        fileNumbers.setAll(cl.fileNumbers().stream().map(FileNumberRow::of).toList());
        legalRepresentative.set(nz(cl.legalRepresentative()));
        incapacitated.set(cl.incapacitated());
    }

    /**
     * Offers every partner: those with a valid agreement today can be ticked; the others are shown with the reason.
     * A partner already in the kring whose agreement has lapsed stays ticked (and enabled) so the chair can take it
     * out; the form will not save until that is done.
     */
    public void setKringOptions(List<Partner> partners, List<String> selectedIds) {
        LocalDate on = today.get();
        Set<String> selected = new HashSet<>(selectedIds);
        List<KringOption> options = new ArrayList<>();
        for (Partner p : partners) {
            boolean ok = p.hasValidAgreement(on);
            options.add(new KringOption(p, ok, ok ? null : PartnersViewModel.agreementStatus(p, on), selected.contains(p.id())));
        }
        options.sort(Comparator.comparing((KringOption o) -> !o.eligible()).thenComparing(o -> o.partner().name()));
        kring.setAll(options);
        // any partner of the register can have issued a file number, in the kring or not (issue 12)
        partnerNames.clear();
        for (Partner p : partners) {
            partnerNames.put(p.id(), p.name());
        }
        List<String> ids = partners.stream().sorted(Comparator.comparing(Partner::name)).map(Partner::id).toList();
        if (!fileNumberPartners.equals(ids)) {
            fileNumberPartners.setAll(ids);
        }
        fileNumbers.setAll(List.copyOf(fileNumbers)); // the rows show the partners' names as they are now
    }

    /** New partner data from the register; keeps what is ticked. */
    public void refreshPartners(List<Partner> partners) {
        boolean wasDirty = dirtyProperty().get();
        List<String> ticked = selectedKring();
        if (!open.get()) {
            return;
        }
        load(() -> setKringOptions(partners, ticked));
        dirtyProperty().set(wasDirty);
    }

    public List<String> selectedKring() {
        return kring.stream().filter(KringOption::isSelected).map(KringOption::partnerId).toList();
    }

    @Override
    protected void check(Validation v) {
        if (!open.get()) {
            return;
        }
        String nr = number.get().strip();
        if (nr.isEmpty()) {
            v.error(F_NUMBER, I18n.t("validation.required", I18n.t("case.number")));
        } else if (!nr.matches(CaseFile.NUMBER_PATTERN)) {
            v.error(F_NUMBER, I18n.t("case.error.numberPattern"));
        } else if (isNew.get() && takenNumbers.contains(nr)) {
            v.error(F_NUMBER, I18n.t("case.error.numberTaken", nr));
        }
        v.required(F_SURNAME, I18n.t("client.surname"), surname.get());
        for (String a : splitAliases()) {
            if (a.length() > TextLimits.NAME) {
                v.error(F_ALIASES, I18n.t("case.error.aliasLong", TextLimits.NAME));
                break;
            }
        }
        v.date(F_BIRTH, I18n.t("client.birthDate"), birthDate.get(), true);
        if (!bsn.get().isBlank() && !Bsn.isValid(bsn.get())) {
            v.error(F_BSN, I18n.t("case.error.bsn"));
        }
        for (int i = 0; i < relatives.size(); i++) {
            RelativeRow r = relatives.get(i);
            if (r.isBlank()) {
                continue;
            }
            if (r.nameProperty().get().isBlank()) {
                v.error(F_RELATIVES, I18n.t("case.error.relativeName", i + 1));
            } else if (r.relationProperty().get().isBlank()) {
                v.error(F_RELATIVES, I18n.t("case.error.relativeRelation", i + 1));
            }
        }
        checkFileNumbers(v);
        if (incapacitated.get() && legalRepresentative.get().isBlank()) {
            v.warning(F_LEGAL_REP, I18n.t("case.warn.legalRep"));
        }
        v.date(F_REPORTED, I18n.t("case.reportedOn"), reportedOn.get(), true);
        List<KringOption> ticked = kring.stream().filter(KringOption::isSelected).toList();
        if (ticked.isEmpty()) {
            v.error(F_KRING, I18n.t("case.error.kringEmpty"));
        }
        for (KringOption o : ticked) {
            if (!o.eligible()) {
                v.error(F_KRING, I18n.t("case.error.kringInvalid", o.partner().name(), o.reason()));
            }
        }
        v.date(F_CONSENT_DATE, I18n.t("case.consentDate"), consentDate.get(), true);
        for (int i = 0; i < consentPersons.size(); i++) {
            ConsentPersonRow r = consentPersons.get(i);
            if (r.isBlank()) {
                continue;
            }
            if (r.parsedWho() == null) {
                v.error(F_CONSENT_PERSONS, I18n.t("consent.error.who", i + 1));
            }
            if (!r.statusProperty().get().isBlank() && r.parsedStatus() == null) {
                v.error(F_CONSENT_PERSONS, I18n.t("consent.error.status", i + 1));
            }
            Dates.Parsed d = Dates.parse(r.dateProperty().get());
            if (d.invalid() || (d.date() != null && d.date().isAfter(today.get()))) {
                v.error(F_CONSENT_PERSONS, I18n.t("consent.error.date", i + 1));
            }
        }
        v.date(F_EVALUATION, I18n.t("case.evaluationDue"), evaluationDue.get(), false);
        boolean consent = consentStatus.get() == ConsentStatus.GEGEVEN;
        if (!consent && evidentInterest.get().isBlank()) {
            v.warning(F_EVIDENT, I18n.t("case.warn.noFooting"));
        }
        if (!consent && lighterMeans.get().isBlank()) {
            v.warning(F_LIGHTER, I18n.t("case.warn.lighterMeans"));
        }
        if (Boolean.FALSE.equals(informed.get()) && informedReason.get().isBlank()) {
            v.warning(F_INFORMED, I18n.t("case.warn.informedReason"));
        }
    }

    /** Each filled row: a partner, a number with a digit and enough letters and digits, not twice (issue 12). */
    private void checkFileNumbers(Validation v) {
        List<Integer> rows = new ArrayList<>();
        List<FileNumber> filled = new ArrayList<>();
        for (int i = 0; i < fileNumbers.size(); i++) {
            if (!fileNumbers.get(i).isBlank()) {
                rows.add(i + 1);
                filled.add(fileNumbers.get(i).toFileNumber());
            }
        }
        for (FileNumber.Problem p : FileNumber.problems(filled)) {
            int row = rows.get(p.index());
            FileNumber f = filled.get(p.index());
            v.error(F_FILE_NUMBERS, switch (p.reason()) {
                case PARTNER -> I18n.t("fileNumber.error.partner", row);
                case EMPTY -> I18n.t("fileNumber.error.empty", row);
                case LONG -> I18n.t("fileNumber.error.long", row, FileNumber.MAX_NUMBER);
                case SHORT -> I18n.t("fileNumber.error.short", row, FileNumber.MIN_KEY);
                case DUPLICATE -> I18n.t("fileNumber.error.duplicate", row, partnerName(f.partnerId()));
                case LABEL -> I18n.t("fileNumber.error.label", row, FileNumber.MAX_LABEL);
            });
        }
    }

    /** A partner of the register by its name (the id when it is no longer there). */
    public String partnerName(String id) {
        return partnerNames.getOrDefault(id, id);
    }

    private List<String> splitAliases() {
        return new ArrayList<>(new LinkedHashSet<>(Arrays.stream(aliases.get().split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList()));
    }

    /** The case file as it would be saved. */
    public CaseFile toCaseFile() {
        List<Relative> rel = relatives.stream().filter(r -> !r.isBlank())
                .map(r -> new Relative(r.nameProperty().get().strip(), r.relationProperty().get().strip())).toList();
        Client client = new Client(strip(firstNames.get()), strip(roepnaam.get()), strip(prefix.get()),
                surname.get().strip(), splitAliases(), Dates.parse(birthDate.get()).date(),
                bsn.get().isBlank() ? null : Bsn.normalize(bsn.get()), strip(address.get()), strip(phone.get()), rel,
                strip(legalRepresentative.get()), incapacitated.get(),
                fileNumbers.stream().filter(r -> !r.isBlank()).map(FileNumberRow::toFileNumber).toList());
        Referrer referrer = strip(referrerName.get()) == null && strip(referrerOrganisation.get()) == null
                && !referrerAnonymous.get() ? null
                : new Referrer(strip(referrerName.get()), strip(referrerOrganisation.get()), referrerAnonymous.get());
        Map<LifeDomain, DomainAssessment> da = new EnumMap<>(LifeDomain.class);
        for (DomainRow d : domains) {
            String note = strip(d.noteProperty().get());
            if (d.scoreProperty().get() != null || note != null) {
                da.put(d.domain(), new DomainAssessment(d.scoreProperty().get(), note,
                        note != null && d.policeNoteProperty().get()));
            }
        }
        LocalDate cDate = Dates.parse(consentDate.get()).date();
        List<ConsentPerson> persons = consentPersons.stream().filter(r -> !r.isBlank())
                .map(ConsentPersonRow::toPerson).toList();
        Consent consent = consentStatus.get() == null && cDate == null && strip(consentBy.get()) == null
                && persons.isEmpty() ? null : new Consent(consentStatus.get(), cDate, strip(consentBy.get()), persons);
        Informed inf = informed.get() == null && strip(informedReason.get()) == null ? null
                : new Informed(informed.get(), strip(informedReason.get()));
        LocalDate closed = phase.get() == Phase.AFGESLOTEN ? (closedOn != null ? closedOn : today.get()) : null;
        return new CaseFile(number.get().strip(), client, referrer, Dates.parse(reportedOn.get()).date(), phase.get(),
                da, consent, inf, strip(evidentInterest.get()), strip(lighterMeans.get()),
                Dates.parse(evaluationDue.get()).date(), closed, selectedKring());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public BooleanProperty isNewProperty() { return isNew; }
    public BooleanProperty openProperty() { return open; }
    public StringProperty numberProperty() { return number; }
    public StringProperty firstNamesProperty() { return firstNames; }
    public StringProperty roepnaamProperty() { return roepnaam; }
    public StringProperty prefixProperty() { return prefix; }
    public StringProperty surnameProperty() { return surname; }
    public StringProperty aliasesProperty() { return aliases; }
    public StringProperty birthDateProperty() { return birthDate; }
    public StringProperty bsnProperty() { return bsn; }
    public StringProperty addressProperty() { return address; }
    public StringProperty phoneProperty() { return phone; }
    public ObservableList<RelativeRow> relatives() { return relatives; }
    public ObservableList<FileNumberRow> fileNumbers() { return fileNumbers; }
    public ObservableList<String> fileNumberPartners() { return fileNumberPartners; }
    public ObservableList<ConsentPersonRow> consentPersons() { return consentPersons; }
    public StringProperty legalRepresentativeProperty() { return legalRepresentative; }
    public BooleanProperty incapacitatedProperty() { return incapacitated; }
    public StringProperty referrerNameProperty() { return referrerName; }
    public StringProperty referrerOrganisationProperty() { return referrerOrganisation; }
    public BooleanProperty referrerAnonymousProperty() { return referrerAnonymous; }
    public StringProperty reportedOnProperty() { return reportedOn; }
    public ObjectProperty<Phase> phaseProperty() { return phase; }
    public List<DomainRow> domains() { return domains; }
    public ObservableList<KringOption> kring() { return kring; }
    public ObjectProperty<ConsentStatus> consentStatusProperty() { return consentStatus; }
    public StringProperty consentDateProperty() { return consentDate; }
    public StringProperty consentByProperty() { return consentBy; }
    public ObjectProperty<Boolean> informedProperty() { return informed; }
    public StringProperty informedReasonProperty() { return informedReason; }
    public StringProperty evidentInterestProperty() { return evidentInterest; }
    public StringProperty lighterMeansProperty() { return lighterMeans; }
    public StringProperty evaluationDueProperty() { return evaluationDue; }
    public StringBinding ageNoteBinding() { return ageNote; }
    public ObjectProperty<Evaluation.Plan> evaluationPlanProperty() { return evaluationPlan; }
    public StringBinding evaluationNoteBinding() { return evaluationNote; }
    public ObjectProperty<LocalDate> evaluatedOnProperty() { return evaluatedOn; }
    public IntegerProperty evaluationWeeksProperty() { return evaluationWeeks; }

    /** The client's name for the form's heading (the chair's own screen). */
    public String heading() {
        String name = new Client(strip(firstNames.get()), strip(roepnaam.get()), strip(prefix.get()), surname.get(),
                null, null, null, null, null, null, null, false).displayName();
        return name.isEmpty() ? number.get() : number.get() + " — " + name;
    }
}
