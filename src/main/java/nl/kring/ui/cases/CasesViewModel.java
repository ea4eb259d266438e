package nl.kring.ui.cases;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import nl.kring.domain.CaseFile;
import nl.kring.domain.EvaluationRecord;
import nl.kring.domain.Partner;
import nl.kring.service.CaseService;
import nl.kring.service.Services;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.ScreenTasks;
import nl.kring.ui.common.StatusMessage;
import nl.kring.ui.common.TaskExecutor;
import nl.kring.ui.common.Text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The case register: the list with its in-memory search, the form, and the store calls (in the background). */
public final class CasesViewModel {
    private final Services services;
    private final CaseService cases;
    private final Supplier<LocalDate> today;
    private final ObservableList<CaseRow> rows = FXCollections.observableArrayList();
    private final FilteredList<CaseRow> filtered = new FilteredList<>(rows);
    private final StringProperty search = new SimpleStringProperty("");
    private final CaseFormViewModel form;
    /** The busy flag, the status line and "drop results after the lock". */
    private final ScreenTasks tasks;
    private final StatusMessage status;
    private List<Partner> partners = List.of();
    // point 5: the evaluations of the open case, with outcome and motivation (issue 15)
    private final ObservableList<EvaluationRecord> evaluations = FXCollections.observableArrayList();

    public CasesViewModel(TaskExecutor executor, Services services, Supplier<LocalDate> today) {
        this.tasks = new ScreenTasks(executor);
        this.status = tasks.status();
        this.services = services;
        this.cases = services == null ? null : services.cases();
        this.today = today;
        this.form = new CaseFormViewModel(today);
        search.addListener((o, a, b) -> applyFilter());
    }

    private void applyFilter() {
        String[] terms = Text.terms(search.get());
        filtered.setPredicate(terms.length == 0 ? null : r -> r.matches(terms));
    }

    public record Data(List<CaseFile> cases, List<Partner> partners) {
    }

    private record NewCase(String number, List<Partner> partners) {
    }

    public void load() {
        // The vault's evaluation interval, for the due dates the form computes.
        tasks.read(p -> services.settings().policy().evaluationWeeks(), form::setEvaluationWeeks);
        tasks.run(p -> new Data(cases.all(), services.partners().all()), d -> setData(d.cases(), d.partners()));
    }

    public void setData(List<CaseFile> cases, List<Partner> partnerList) {
        if (tasks.isCleared()) {
            return; // a result that arrived after the lock
        }
        partners = List.copyOf(partnerList);
        rows.setAll(cases.stream().sorted(Comparator.comparing(CaseFile::number)).map(CaseRow::new).toList());
        applyFilter();
        form.refreshPartners(partners);
    }

    public Set<String> numbers() {
        return rows.stream().map(CaseRow::number).collect(Collectors.toSet());
    }

    /** Opens an empty form with the next free number of this year (from the store). */
    public void newCase() {
        newCase(() -> { });
    }

    public void newCase(Runnable then) {
        int year = today.get().getYear();
        tasks.run(p -> new NewCase(cases.nextNumber(year), services.partners().all()), r -> {
            partners = List.copyOf(r.partners());
            form.startNew(r.number(), partners, numbers());
            status.clear();
            then.run();
        });
    }

    public void select(CaseRow row) {
        if (row == null) {
            return;
        }
        form.edit(row.file(), partners);
        status.clear();
        loadEvaluations(row.file().number());
    }

    private void loadEvaluations(String number) {
        evaluations.clear();
        if (services == null) {
            return;
        }
        tasks.read(p -> cases.evaluations(number), list -> {
            if (number.equals(form.numberProperty().get())) {
                evaluations.setAll(list);
            }
        });
    }

    /** The evaluations of the case in the form, oldest first. */
    public ObservableList<EvaluationRecord> evaluations() {
        return evaluations;
    }

    public void save() {
        save(null);
    }

    private void save(EvaluationRecord evaluation) {
        if (!form.openProperty().get() || !form.isValid() || tasks.isBusy()) {
            return;
        }
        CaseFile c = form.toCaseFile();
        boolean isNew = form.isNewProperty().get();
        boolean evaluated = form.evaluatedOnProperty().get() != null;
        LocalDate on = today.get();
        tasks.run(p -> evaluation == null ? cases.save(c, isNew, evaluated)
                // the case with its new due date and the evaluation record, together or not at all
                : cases.save(c, isNew, evaluation, on), saved -> {
            if (evaluation != null) {
                loadEvaluations(saved.number());
            }
            form.edit(saved, partners); // first: the form is clean before the list changes under the selection
            replaceRow(saved);
            status.info(I18n.t("case.saved", saved.number()));
        }, this::saveFailed);
    }

    /** A refused save in Dutch on the status line (the service says what, in types); other failures as usual. */
    private void saveFailed(Throwable e) {
        if (e instanceof CaseService.NumberTaken taken) {
            status.error(I18n.t("case.error.numberTaken", taken.number()));
        } else {
            status.failed(e);
        }
    }

    /** "Evaluatie vastleggen": records today's evaluation in the form and saves the case with it. */
    public void recordEvaluation() {
        form.recordEvaluation();
        save();
    }

    /**
     * "Evaluatie vastleggen" with its outcome and motivation (point 5): kept with the case, and the next evaluation
     * due N weeks later. Returns the problems when the record is incomplete (nothing is saved then).
     */
    public List<EvaluationRecord.Problem> recordEvaluation(EvaluationRecord.Outcome outcome,
                                                                         String motivation) {
        EvaluationRecord e = new EvaluationRecord(null, today.get(), outcome,
                motivation == null ? null : motivation.strip());
        List<EvaluationRecord.Problem> problems = e.problems(today.get());
        if (!problems.isEmpty()) {
            return problems;
        }
        form.recordEvaluation();
        save(e);
        return List.of();
    }

    /** Replaces the saved case's line in place (or inserts it in number order), so the selection stays put. */
    private void replaceRow(CaseFile saved) {
        CaseRow fresh = new CaseRow(saved);
        for (int i = 0; i < rows.size(); i++) {
            int cmp = rows.get(i).number().compareTo(saved.number());
            if (cmp == 0) {
                rows.set(i, fresh);
                return;
            }
            if (cmp > 0) {
                rows.add(i, fresh);
                return;
            }
        }
        rows.add(fresh);
    }

    /** A case destroyed on the client's request: its line goes, the form empties, and the chair is told. */
    public void removed(String number) {
        if (tasks.isCleared()) {
            return;
        }
        form.close();
        rows.removeIf(r -> r.number().equals(number));
        status.info(I18n.t("requests.destroyed", number));
    }

    /** After a lock: forget every case and client, and ignore results still on their way. */
    public void clear() {
        tasks.clear();
        rows.clear();
        evaluations.clear();
        partners = List.of();
        search.set("");
        form.close();
    }

    public boolean isCleared() {
        return tasks.isCleared();
    }

    public CaseRow rowFor(String number) {
        return rows.stream().filter(r -> r.number().equals(number)).findFirst().orElse(null);
    }



    public ObservableList<CaseRow> rows() {
        return rows;
    }

    public FilteredList<CaseRow> filtered() {
        return filtered;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public CaseFormViewModel form() {
        return form;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.busyProperty();
    }

    public StringProperty messageProperty() {
        return status.textProperty();
    }

    public BooleanProperty messageIsErrorProperty() {
        return status.isErrorProperty();
    }

    public List<Partner> partners() {
        return partners;
    }
}
