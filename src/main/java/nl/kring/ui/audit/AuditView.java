package nl.kring.ui.audit;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.util.StringConverter;
import nl.kring.audit.AuditLog;
import nl.kring.service.Services;
import nl.kring.ui.common.ClearsOnLock;
import nl.kring.ui.common.Forms;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.Layouts;
import nl.kring.ui.common.RegisterExportButton;
import nl.kring.ui.common.TaskExecutor;
import nl.kring.ui.common.TextLimits;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * The audit trail, read-only. Entries hold case numbers, meeting dates and partner ids only, never a client; the
 * details read in Dutch words, partners and attendees by name (issue 13).
 */
public final class AuditView extends VBox implements ClearsOnLock {
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd-MM-uuuu HH:mm:ss");
    private final AuditViewModel vm;

    public AuditView(TaskExecutor executor, Services services) {
        vm = new AuditViewModel(executor, services);
        setId("audit-view");
        setSpacing(8);
        setPadding(new Insets(16));
        Label title = new Label(I18n.t("audit.title"));
        title.getStyleClass().add("section-title");
        Label intro = new Label(I18n.t("audit.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE); // all its lines at any font size (issue 13)

        ComboBox<AuditLog.Action> action = new ComboBox<>();
        action.setId("audit-action");
        action.getItems().add(null);
        action.getItems().addAll(AuditLog.Action.values());
        action.setConverter(new StringConverter<>() {
            @Override
            public String toString(AuditLog.Action a) {
                return a == null ? I18n.t("audit.allActions") : AuditViewModel.label(a.name());
            }

            @Override
            public AuditLog.Action fromString(String s) {
                return null;
            }
        });
        action.valueProperty().bindBidirectional(vm.actionProperty());
        action.setMinWidth(Region.USE_PREF_SIZE);
        TextField subject = new TextField();
        subject.setId("audit-subject");
        subject.setPromptText(I18n.t("audit.subjectPrompt"));
        Layouts.promptWhole(subject); // issue 13: squeezed to nothing at 200 %
        TextLimits.limit(subject, 100, I18n.t("search"), null);
        subject.textProperty().bindBidirectional(vm.subjectProperty());
        HBox.setHgrow(subject, Priority.ALWAYS);
        Button check = new Button(I18n.t("audit.check"));
        check.setId("audit-check");
        check.disableProperty().bind(vm.busyProperty());
        check.setOnAction(e -> vm.load());
        check.setMinWidth(Region.USE_PREF_SIZE);
        Label exported = new Label();
        exported.setId("registers-result");
        exported.setWrapText(true);
        HBox bar = new HBox(8, action, subject, check, new RegisterExportButton(executor, services.outputs(), exported), exported);
        bar.setAlignment(Pos.CENTER_LEFT);

        Label chain = new Label();
        chain.setId("audit-chain");
        chain.setWrapText(true);
        chain.textProperty().bind(vm.chainTextProperty());
        vm.chainProperty().addListener((o, a, b) -> {
            chain.getStyleClass().removeAll("error", "ok");
            if (b == AuditViewModel.ChainState.BROKEN) {
                chain.getStyleClass().add("error");
            } else if (b == AuditViewModel.ChainState.INTACT) {
                chain.getStyleClass().add("ok");
            }
        });

        TableView<AuditLog.Entry> table = new TableView<>(vm.filtered());
        table.setId("audit-table");
        Forms.placeholder(table, vm.busyProperty(), I18n.t("audit.empty"));
        TableColumn<AuditLog.Entry, String> seq = column(I18n.t("audit.col.seq"), e -> Long.toString(e.seq()));
        seq.setStyle("-fx-alignment: top-right;");
        TableColumn<AuditLog.Entry, String> at = column(I18n.t("audit.col.at"), e -> AT.format(e.at()));
        TableColumn<AuditLog.Entry, String> act = column(I18n.t("audit.col.action"), e -> AuditViewModel.label(e.action()));
        TableColumn<AuditLog.Entry, String> subj = column(I18n.t("audit.col.subject"), vm::subject);
        TableColumn<AuditLog.Entry, AuditLog.Entry> detail = detailColumn();
        table.getColumns().setAll(List.of(seq, at, act, subj, detail));
        Forms.widths(table, 3, 9, 11, 7, 24);
        VBox.setVgrow(table, Priority.ALWAYS);

        Label count = new Label();
        count.getStyleClass().add("muted");
        count.textProperty().bind(Bindings.createStringBinding(() -> I18n.t("audit.count", vm.filtered().size()), vm.filtered()));
        getChildren().addAll(title, intro, bar, chain, table, count);
        // Read again each time the screen is shown: entries are added by every other screen.
        sceneProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.load();
            }
        });
    }

    private static TableColumn<AuditLog.Entry, String> column(String title, Function<AuditLog.Entry, String> value) {
        TableColumn<AuditLog.Entry, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }

    /**
     * The detail in Dutch words (issue 13), wrapped; the text as stored in the log stays in the tooltip for the privacy
     * officer.
     */
    private TableColumn<AuditLog.Entry, AuditLog.Entry> detailColumn() {
        TableColumn<AuditLog.Entry, AuditLog.Entry> c = new TableColumn<>(I18n.t("audit.col.detail"));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            // a Text wraps to the column's width and makes the row as high as it needs (a cell's own text does not)
            private final Text words = new Text();

            {
                words.getStyleClass().add("audit-detail");
                words.wrappingWidthProperty().bind(col.widthProperty().subtract(Forms.em(1)));
                setMinHeight(Region.USE_PREF_SIZE);
            }

            @Override
            protected void updateItem(AuditLog.Entry e, boolean empty) {
                super.updateItem(e, empty);
                setText(null);
                if (empty || e == null) {
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                words.setText(vm.detail(e));
                setGraphic(words);
                setAccessibleText(words.getText());
                if (e.detail() == null) {
                    setTooltip(null);
                } else {
                    Tooltip stored = new Tooltip(I18n.t("audit.stored", e.detail()));
                    stored.setWrapText(true);
                    stored.setMaxWidth(600);
                    setTooltip(stored);
                }
            }
        });
        return c;
    }

    @Override
    public void clearOnLock() {
        vm.clear();
    }

    AuditViewModel viewModel() {
        return vm;
    }
}
