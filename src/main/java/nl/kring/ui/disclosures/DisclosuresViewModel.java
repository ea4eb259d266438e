package nl.kring.ui.disclosures;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.kring.domain.DisclosureBasis;
import nl.kring.domain.Partner;
import nl.kring.store.DisclosureRepository;
import nl.kring.service.Services;
import nl.kring.ui.common.Dates;
import nl.kring.ui.common.Failures;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.ScreenTasks;
import nl.kring.ui.common.TaskExecutor;
import nl.kring.ui.common.Tasks;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The register of disclosures across cases: filters for case, partner, grondslag and a date range, run against the
 * store in the background whenever one changes.
 */
public final class DisclosuresViewModel {
    private final ScreenTasks tasks;
    private final Services services;
    private final ObservableList<DisclosureRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> caseNumbers = FXCollections.observableArrayList();
    private final ObservableList<Partner> partners = FXCollections.observableArrayList();
    private final StringProperty caseFilter = new SimpleStringProperty("");
    private final ObjectProperty<Partner> partnerFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<DisclosureBasis> basisFilter = new SimpleObjectProperty<>();
    private final StringProperty from = new SimpleStringProperty("");
    private final StringProperty to = new SimpleStringProperty("");
    // Withdrawn notes are shown by default, marked: the register is the legal record, and a note that was taken back
    // (wrong partner, recorded twice) is part of it. Leaving them out by default would let a correction look as if
    // the first note never existed; the chair can hide them to see only the notes that stand.
    private final BooleanProperty showWithdrawn = new SimpleBooleanProperty(true);
    private final StringProperty filterProblem = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private Map<String, String> partnerNames = Map.of();
    private long generation;

    public DisclosuresViewModel(TaskExecutor executor, Services services) {
        this.tasks = new ScreenTasks(executor);
        this.services = services;
        caseFilter.addListener((o, a, b) -> refresh());
        partnerFilter.addListener((o, a, b) -> refresh());
        basisFilter.addListener((o, a, b) -> refresh());
        from.addListener((o, a, b) -> refresh());
        to.addListener((o, a, b) -> refresh());
        showWithdrawn.addListener((o, a, b) -> refresh());
    }

    private record Loaded(List<Partner> partners, List<String> cases, List<DisclosureRepository.Entry> entries) {
    }

    /** Reads the partners and case numbers for the choices, and the register under the current filters. */
    public void load() {
        Optional<DisclosureRepository.Filter> f = filter();
        long gen = ++generation;
        run(p -> new Loaded(services.partners().all(),
                        services.disclosures().all().stream().map(DisclosureRepository.Entry::caseNumber).distinct().sorted().toList(),
                        f.map(services.disclosures()::find).orElse(List.of())),
                l -> {
                    if (gen != generation) {
                        return;
                    }
                    Partner chosen = partnerFilter.get();
                    partners.setAll(l.partners());
                    partnerNames = l.partners().stream().collect(Collectors.toMap(Partner::id, Partner::name));
                    if (chosen != null) {
                        // the same partner, as the store now has it (the choice box compares by value)
                        partnerFilter.set(l.partners().stream().filter(p -> p.id().equals(chosen.id())).findFirst().orElse(null));
                    }
                    String c = caseFilter.get();
                    caseNumbers.setAll(l.cases());
                    caseFilter.set(c);
                    if (f.isPresent()) {
                        show(l.entries());
                    }
                });
    }

    /** Runs the register query again under the current filters. */
    public void refresh() {
        Optional<DisclosureRepository.Filter> f = filter();
        if (f.isEmpty()) {
            rows.clear();
            return;
        }
        long gen = ++generation;
        run(p -> services.disclosures().find(f.get()), list -> {
            if (gen == generation) {
                show(list);
            }
        });
    }

    /**
     * Background work with the busy flag held until the last of the running queries is done (filters change quickly,
     * each starting one): "not busy" then means the rows are those of the current filters. Nothing after the lock.
     */
    private <T> void run(Tasks.Work<T> work, Consumer<T> done) {
        tasks.run(work, done, this::failed);
    }

    /** The filters as a store query; empty (with a message) when a date cannot be read. */
    Optional<DisclosureRepository.Filter> filter() {
        Dates.Parsed f = Dates.parse(from.get());
        Dates.Parsed t = Dates.parse(to.get());
        if (f.invalid() || t.invalid()) {
            filterProblem.set(I18n.t("register.error.date", (f.invalid() ? from : to).get().strip()));
            return Optional.empty();
        }
        if (f.date() != null && t.date() != null && f.date().isAfter(t.date())) {
            filterProblem.set(I18n.t("register.error.range"));
            return Optional.empty();
        }
        filterProblem.set("");
        String c = caseFilter.get() == null || caseFilter.get().isBlank() ? null : caseFilter.get().strip();
        return Optional.of(new DisclosureRepository.Filter(c, partnerFilter.get() == null ? null : partnerFilter.get().id(),
                basisFilter.get(), f.date(), t.date(), showWithdrawn.get()));
    }

    private void show(List<DisclosureRepository.Entry> entries) {
        message.set("");
        String outside = I18n.t("register.outside");
        rows.setAll(entries.stream().map(e -> DisclosureRow.of(e, partnerNames, outside, entries)).toList());
    }

    public void clearFilters() {
        caseFilter.set("");
        partnerFilter.set(null);
        basisFilter.set(null);
        from.set("");
        to.set("");
        showWithdrawn.set(true);
    }

    /** After a lock: forget everything, and ignore results still on their way. */
    public void clear() {
        tasks.clear();
        rows.clear();
        caseNumbers.clear();
        partners.clear();
        partnerNames = Map.of();
        message.set("");
    }

    private void failed(Throwable e) {
        message.set(Failures.describe(e));
    }

    public ObservableList<DisclosureRow> rows() {
        return rows;
    }

    public ObservableList<String> caseNumbers() {
        return caseNumbers;
    }

    public ObservableList<Partner> partners() {
        return partners;
    }

    public StringProperty caseFilterProperty() {
        return caseFilter;
    }

    public ObjectProperty<Partner> partnerFilterProperty() {
        return partnerFilter;
    }

    public ObjectProperty<DisclosureBasis> basisFilterProperty() {
        return basisFilter;
    }

    public StringProperty fromProperty() {
        return from;
    }

    public StringProperty toProperty() {
        return to;
    }

    public BooleanProperty showWithdrawnProperty() {
        return showWithdrawn;
    }

    public StringProperty filterProblemProperty() {
        return filterProblem;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** The screen's work: the dialogs it opens read their data as part of it. */
    ScreenTasks tasks() {
        return tasks;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.busyProperty();
    }
}
