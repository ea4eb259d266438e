package nl.kring.ui.partners;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import nl.kring.domain.Partner;
import nl.kring.service.PartnerService;
import nl.kring.ui.common.Dates;
import nl.kring.ui.common.ScreenTasks;
import nl.kring.ui.common.StatusMessage;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.RoleTexts;
import nl.kring.ui.common.TaskExecutor;
import nl.kring.ui.common.Text;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/** The partner register: the list with its search, the form, and the store calls (all in the background). */
public final class PartnersViewModel {
    private final PartnerService partnerService;
    private final Supplier<LocalDate> today;
    private final ObservableList<Partner> partners = FXCollections.observableArrayList();
    private final FilteredList<Partner> filtered = new FilteredList<>(partners);
    private final StringProperty search = new SimpleStringProperty("");
    private final PartnerFormViewModel form;
    /** The busy flag, the status line and "drop results after the lock". */
    private final ScreenTasks tasks;
    private final StatusMessage status;

    public PartnersViewModel(TaskExecutor executor, PartnerService partnerService, Supplier<LocalDate> today) {
        this.tasks = new ScreenTasks(executor);
        this.status = tasks.status();
        this.partnerService = partnerService;
        this.today = today;
        this.form = new PartnerFormViewModel(today);
        search.addListener((o, a, b) -> applyFilter());
    }

    /** The agreement column: "geldig tot 15-01-2028", "verlopen", "niet getekend", ... */
    public static String agreementStatus(Partner p, LocalDate on) {
        if (p.agreementSigned() == null) {
            return I18n.t("partner.status.unsigned");
        }
        if (p.agreementSigned().isAfter(on)) {
            return I18n.t("partner.status.notYet", Dates.format(p.agreementSigned()));
        }
        if (p.agreementEnds() != null && p.agreementEnds().isBefore(on)) {
            return I18n.t("partner.status.expired", Dates.format(p.agreementEnds()));
        }
        return p.agreementEnds() == null ? I18n.t("partner.status.validOpen")
                : I18n.t("partner.status.validUntil", Dates.format(p.agreementEnds()));
    }

    private void applyFilter() {
        String[] terms = Text.terms(search.get());
        filtered.setPredicate(terms.length == 0 ? null : p -> Text.matchesAll(haystack(p), terms));
    }

    private static String haystack(Partner p) {
        return Text.fold(p.id() + " " + p.name() + " " + p.role().label() + " " + RoleTexts.label(p.role()) + " " + p.tier().label());
    }

    public void load() {
        tasks.run(p -> partnerService.all(), this::setPartners);
    }

    public void setPartners(List<Partner> list) {
        if (tasks.isCleared()) {
            return;
        }
        partners.setAll(list);
        applyFilter();
    }

    public void newPartner() {
        form.startNew(partners);
        status.clear();
    }

    public void select(Partner p) {
        if (p == null) {
            return;
        }
        form.edit(p, partners);
        status.clear();
    }

    /** Saves the form in the background; the list and form show the stored partner afterwards. */
    public void save() {
        if (!form.isValid() || tasks.isBusy() || !form.openProperty().get()) {
            return;
        }
        Partner p = form.toPartner();
        boolean isNew = form.isNewProperty().get();
        tasks.run(x -> {
            partnerService.save(p, isNew);
            return partnerService.all();
        }, all -> {
            // the form first: it is clean before the list changes under the selection
            all.stream().filter(q -> q.id().equals(p.id())).findFirst().ifPresent(q -> form.saved(q, all));
            setPartners(all);
            status.info(I18n.t("partner.saved", p.name()));
        }, this::failed);
    }

    /** A refusal of the partner service in Dutch (it says what in types); other failures as usual. */
    private void failed(Throwable e) {
        switch (e) {
            case PartnerService.IdTaken taken -> status.error(I18n.t("partner.error.idTaken", taken.id()));
            case PartnerService.StillInUse inUse -> status.error(inUse.cases().isEmpty()
                    ? I18n.t("partner.error.inUseDecisions")
                    : I18n.t("partner.error.inKring", inUse.cases().size(), String.join(", ", inUse.cases())));
            default -> status.failed(e);
        }
    }

    /** Deletes the partner in the form; a partner still in a kring is refused with the cases named. */
    public void delete() {
        if (form.isNewProperty().get() || tasks.isBusy()) {
            return;
        }
        String id = form.idProperty().get();
        String name = form.nameProperty().get();
        tasks.run(x -> {
            partnerService.delete(id);
            return partnerService.all();
        }, all -> {
            setPartners(all);
            form.close();
            status.info(I18n.t("partner.deleted", name));
        }, this::failed);
    }

    /** After a lock: forget everything and ignore late results. */
    public void clear() {
        tasks.clear();
        partners.clear();
        search.set("");
        form.close();
    }



    public ObservableList<Partner> partners() {
        return partners;
    }

    public FilteredList<Partner> filtered() {
        return filtered;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public PartnerFormViewModel form() {
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

    public LocalDate today() {
        return today.get();
    }
}
