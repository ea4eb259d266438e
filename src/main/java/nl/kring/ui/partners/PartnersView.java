package nl.kring.ui.partners;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import nl.kring.domain.Contacts;
import nl.kring.domain.Partner;
import nl.kring.domain.Role;
import nl.kring.domain.Tier;
import nl.kring.service.PartnerService;
import nl.kring.ui.AppContext;
import nl.kring.ui.common.ClearsOnLock;
import nl.kring.ui.common.DateInput;
import nl.kring.ui.common.Dialogs;
import nl.kring.ui.common.Forms;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.RegisterList;
import nl.kring.ui.common.KeyboardShortcut;
import nl.kring.ui.common.RoleTexts;
import nl.kring.ui.common.RowEditor;
import nl.kring.ui.common.Scrub;
import nl.kring.ui.common.SelectionGuard;
import nl.kring.ui.common.Shortcuts;
import nl.kring.ui.common.TextLimits;
import nl.kring.ui.common.WrappingCell;
import org.controlsfx.validation.ValidationSupport;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import static nl.kring.ui.partners.PartnerFormViewModel.*;

/** Partners: the register on the left, the chosen partner's form on the right. */
public final class PartnersView extends SplitPane implements ClearsOnLock {
    private final PartnersViewModel vm;
    private final TableView<Partner> table = new TableView<>();
    private final TextField search = new TextField();
    private SelectionGuard<Partner> guard;

    public PartnersView(AppContext context, PartnerService partners) {
        this.vm = new PartnersViewModel(context.executor(), partners, LocalDate::now);
        getStyleClass().add("register-view");
        setId("partners-view");
        getItems().addAll(buildList(), buildForm());
        setDividerPositions(0.5);

        RegisterList.shortcuts(this, this::newPartner, vm::save, search);
        sceneProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.load();
            }
        });
    }

    private VBox buildList() {
        HBox bar = RegisterList.searchBar(search, "partner", I18n.t("partners.search", Shortcuts.text(KeyboardShortcut.SEARCH)),
                I18n.t("partners.search.short", Shortcuts.text(KeyboardShortcut.SEARCH)),
                vm.searchProperty(), I18n.t("partners.new"), this::newPartner);

        table.setId("partner-table");
        table.setItems(vm.filtered());
        Forms.placeholder(table, vm.busyProperty(), I18n.t("partners.empty"));
        TableColumn<Partner, String> name = column(I18n.t("partner.name"), Partner::name);
        TableColumn<Partner, String> role = column(I18n.t("partner.role"), p -> RoleTexts.label(p.role()));
        TableColumn<Partner, String> tier = column(I18n.t("partner.tier"), p -> p.tier().label());
        TableColumn<Partner, String> status = column(I18n.t("partner.agreement.column"),
                p -> PartnersViewModel.agreementStatus(p, vm.today()));
        // a large font: "geldig, zonder einddatum" on two lines, not cut (issue 13)
        status.setCellFactory(c -> new WrappingCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("status-bad", "status-ok");
                Partner p = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (p != null) {
                    getStyleClass().add(p.hasValidAgreement(vm.today()) ? "status-ok" : "status-bad");
                }
            }
        });
        table.getColumns().setAll(List.of(name, role, tier, status));
        Forms.widths(table, 12, 8, 6.5, 12);
        tier.setMinWidth(Forms.em(7.5)); // the header "Soort partner" whole
        status.setMinWidth(Forms.em(12.5)); // "geldig, zonder einddatum" whole (issue 13)
        VBox.setVgrow(table, Priority.ALWAYS);
        guard = new SelectionGuard<>(table.getSelectionModel(), this, vm.form(),
                p -> !vm.form().isNewProperty().get() && vm.form().openProperty().get()
                        && p.id().equals(vm.form().idProperty().get()) && !vm.form().dirtyProperty().get(),
                vm::select);
        // Keep the selected partner selected after a reload.
        vm.partners().addListener((ListChangeListener<Partner>) c -> {
            String current = vm.form().openProperty().get() && !vm.form().isNewProperty().get() ? vm.form().idProperty().get() : null;
            if (current != null) {
                vm.filtered().stream().filter(p -> p.id().equals(current)).findFirst().ifPresent(guard::select);
            }
        });
        return RegisterList.box(I18n.t("partners.title"), bar, table);
    }

    private static TableColumn<Partner, String> column(String title, Function<Partner, String> value) {
        TableColumn<Partner, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        return c;
    }

    private StackPane buildForm() {
        PartnerFormViewModel f = vm.form();
        var notice = f.noticeProperty();
        Label heading = new Label();
        heading.getStyleClass().add("section-title");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        heading.textProperty().bind(Bindings.createStringBinding(() -> f.isNewProperty().get()
                ? I18n.t("partner.newTitle") : I18n.t("partner.editTitle", f.nameProperty().get()), f.isNewProperty(), f.nameProperty()));

        Forms.Builder b = new Forms.Builder();
        b.section(I18n.t("partner.section.partner"), null);
        TextField name = Forms.text("partner-name", f.nameProperty(), TextLimits.NAME, I18n.t("partner.name"), notice);
        b.field(I18n.t("partner.name"), name, true);
        TextField id = Forms.text("partner-id", f.idProperty(), ID_MAX, I18n.t("partner.id"), notice);
        id.disableProperty().bind(f.isNewProperty().not());
        id.setPrefColumnCount(18);
        id.setMaxWidth(Region.USE_PREF_SIZE);
        id.setTooltip(new Tooltip(I18n.t("partner.idHint")));
        b.field(I18n.t("partner.id"), id, true);
        ComboBox<Role> role = new ComboBox<>();
        role.setId("partner-role");
        role.getItems().setAll(Arrays.stream(Role.values()).sorted(Comparator.comparing(RoleTexts::label)).toList());
        role.setConverter(Forms.labels(RoleTexts::label));
        role.valueProperty().bindBidirectional(f.roleProperty());
        role.setVisibleRowCount(12);
        role.setMaxWidth(Region.USE_PREF_SIZE);
        b.field(I18n.t("partner.role"), role, true);
        ComboBox<Tier> tier = new ComboBox<>();
        tier.setId("partner-tier");
        tier.getItems().setAll(Tier.values());
        tier.setConverter(Forms.labels(Tier::label));
        tier.valueProperty().bindBidirectional(f.tierProperty());
        tier.setMaxWidth(Region.USE_PREF_SIZE);
        b.field(I18n.t("partner.tier"), tier, true);

        TextField email = Forms.text("partner-email", f.emailProperty(), Contacts.MAX_EMAIL, I18n.t("contact.email"), notice);
        email.setPromptText(I18n.t("contact.email.prompt"));
        b.field(I18n.t("contact.email"), email, false);
        TextField phone = Forms.text("partner-phone", f.phoneProperty(), Contacts.MAX_PHONE, I18n.t("contact.phone"), notice);
        phone.setPrefColumnCount(14);
        phone.setMaxWidth(Region.USE_PREF_SIZE);
        b.field(I18n.t("contact.phone"), phone, false);

        b.section(I18n.t("partner.agreement"), I18n.t("partner.agreementHint"));
        DateInput signed = new DateInput();
        signed.field().setId("partner-signed");
        signed.bindText(f.signedProperty());
        b.field(I18n.t("partner.signed.label"), signed, false);
        DateInput ends = new DateInput();
        ends.field().setId("partner-ends");
        ends.bindText(f.endsProperty());
        b.field(I18n.t("partner.ends.label"), ends, false);

        b.section(I18n.t("partner.attendees"), null);
        b.full(Forms.hint(I18n.t("partner.attendeesHint")));
        RowEditor<AttendeeRow> attendees = new RowEditor<>("attendee", f.attendees(), List.of(
                new RowEditor.Column<>(I18n.t("attendee.name"), AttendeeRow::nameProperty, TextLimits.NAME),
                new RowEditor.Column<>(I18n.t("attendee.function"), AttendeeRow::functionProperty, TextLimits.NAME),
                new RowEditor.Column<>(I18n.t("contact.email"), AttendeeRow::emailProperty, Contacts.MAX_EMAIL),
                new RowEditor.Column<>(I18n.t("contact.phone"), AttendeeRow::phoneProperty, Contacts.MAX_PHONE)),
                () -> new AttendeeRow(null, "", ""), I18n.t("attendee.add"), I18n.t("attendee.none"), notice);
        Forms.markField(attendees, F_ATTENDEES);
        b.full(attendees);

        VBox content = new VBox(6, heading, b.grid());
        content.getStyleClass().add("form-content");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("form-scroll");
        Forms.keepFocusVisible(scroll);

        ValidationSupport support = Forms.validationFor(f);
        Forms.decorate(support, id, F_ID, f);
        Forms.decorate(support, name, F_NAME, f);
        Forms.decorate(support, role, F_ROLE, f);
        Forms.decorate(support, tier, F_TIER, f);
        Forms.decorate(support, signed.field(), F_SIGNED, f);
        Forms.decorate(support, ends.field(), F_ENDS, f);
        Forms.decorate(support, email, F_EMAIL, f);
        Forms.decorate(support, phone, F_PHONE, f);
        Forms.decorationsFollowScene(support);

        Button save = new Button(I18n.t("form.save"));
        save.setId("partner-save");
        save.setDefaultButton(false);
        save.getStyleClass().add("accent-button");
        save.setTooltip(new Tooltip(Shortcuts.text(KeyboardShortcut.SAVE)));
        save.disableProperty().bind(f.validProperty().not().or(vm.busyProperty()));
        save.setOnAction(e -> vm.save());
        Button delete = new Button(I18n.t("form.delete"));
        delete.setId("partner-delete");
        delete.disableProperty().bind(f.isNewProperty().or(vm.busyProperty()));
        delete.setOnAction(e -> {
            if (Dialogs.confirm(this, I18n.t("partner.deleteHeader", f.nameProperty().get()),
                    I18n.t("partner.deleteText"), I18n.t("form.delete"))) {
                vm.delete();
            }
        });
        BorderPane form = new BorderPane(scroll);
        form.setBottom(Forms.footer(f, vm.messageProperty(), vm.messageIsErrorProperty(), "partner", delete, save));
        form.visibleProperty().bind(f.openProperty());

        Label placeholder = new Label(I18n.t("partners.choose", Shortcuts.text(KeyboardShortcut.NEW_ITEM)));
        placeholder.getStyleClass().add("muted");
        placeholder.setWrapText(true);
        placeholder.visibleProperty().bind(f.openProperty().not());
        StackPane pane = new StackPane(placeholder, form);
        pane.getStyleClass().add("register-form");
        StackPane layer = Forms.decorationLayer(pane);
        layer.setMinWidth(0);
        return layer;
    }

    private void newPartner() {
        if (!Dialogs.discardChanges(this, vm.form())) {
            return;
        }
        guard.select(null);
        vm.newPartner();
        Platform.runLater(() -> lookup("#partner-name").requestFocus());
    }

    @Override
    public void clearOnLock() {
        vm.clear();
        layout(); // let bound labels and lists catch up with the emptied view model
        Scrub.texts(this);
    }
}
