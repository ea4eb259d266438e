package nl.kring.ui.overview;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.kring.domain.ClientInforming;
import nl.kring.report.ClientDocuments;
import nl.kring.service.Services;
import nl.kring.ui.AppContext;
import nl.kring.ui.Navigator;
import nl.kring.ui.common.ClearsOnLock;
import nl.kring.ui.common.Dates;
import nl.kring.ui.common.Forms;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.Scrub;
import nl.kring.ui.requests.RequestTexts;
import nl.kring.ui.requests.SaveTarget;
import nl.kring.ui.retention.RetentionPrompt;

import java.time.LocalDate;
import java.util.function.Function;

/** "Overzicht", the start screen: overdue evaluations, those due before the next meeting, the next meeting, retention. */
public final class OverviewView extends ScrollPane implements ClearsOnLock {
    private final OverviewViewModel vm;
    /** Where the information for clients goes; tests replace the native dialog. */
    private SaveTarget saveTarget = SaveTarget.CHOOSER;

    public OverviewView(AppContext context, Services services, Navigator navigator) {
        this.vm = new OverviewViewModel(context.executor(), services, LocalDate::now);
        setId("overview-view");
        setFitToWidth(true);
        getStyleClass().add("form-scroll");

        Label title = new Label(I18n.t("overview.title"));
        title.getStyleClass().add("section-title");
        Label privacy = Forms.hint(I18n.t("overview.privacy"));
        Label error = new Label();
        error.getStyleClass().add("error");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());

        // Overdue evaluations
        GridPane overdue = grid("overview-overdue");
        fill(overdue, vm.overdue(), I18n.t("overview.overdue.none"), o -> new Node[] {
                number(navigator, o.caseNumber()), new Label(I18n.t("overview.overdue.due", Dates.format(o.due()))),
                late(I18n.t("overview.overdue.late", o.daysLate()))});

        // Due before the next meeting
        Label soonTitle = Forms.section("");
        soonTitle.textProperty().bind(Bindings.createStringBinding(() -> vm.nextProperty().get() != null
                        ? I18n.t("overview.soon.titleMeeting", Dates.format(vm.horizonProperty().get()))
                        : I18n.t("overview.soon.titleWeeks", OverviewViewModel.HORIZON_DAYS),
                vm.nextProperty(), vm.horizonProperty()));
        GridPane soon = grid("overview-soon");
        fill(soon, vm.dueSoon(), I18n.t("overview.soon.none"), d -> new Node[] {
                number(navigator, d.caseNumber()), new Label(I18n.t("overview.overdue.due", Dates.format(d.due())))});

        // Open requests of clients, with the legal deadline
        GridPane requests = grid("overview-requests");
        fill(requests, vm.requests(), I18n.t("overview.requests.none"), r -> new Node[] {
                number(navigator, r.caseNumber()), new Label(RequestTexts.type(r.type())),
                new Label(I18n.t("overview.overdue.due", Dates.format(r.deadline()))),
                r.late() ? late(I18n.t("overview.overdue.late", -r.daysLeft()))
                        : new Label(I18n.t("overview.requests.left", r.daysLeft()))});

        // The next meeting
        Label next = new Label();
        next.setId("overview-next");
        next.setWrapText(true);
        next.textProperty().bind(Bindings.createStringBinding(() -> {
            var n = vm.nextProperty().get();
            if (!vm.loadedProperty().get()) {
                return "";
            }
            return n == null ? I18n.t("overview.next.none")
                    : I18n.t("overview.next.text", Dates.fullFormat(n.date()), n.items());
        }, vm.nextProperty(), vm.loadedProperty()));

        // the next meeting opens on the meetings screen (issue 13)
        Hyperlink openNext = new Hyperlink(I18n.t("overview.next.open"));
        openNext.setId("overview-next-open");
        openNext.setOnAction(e -> {
            var n = vm.nextProperty().get();
            if (n != null) {
                navigator.openMeeting(n.date());
            }
        });
        openNext.visibleProperty().bind(vm.nextProperty().isNotNull());
        openNext.managedProperty().bind(openNext.visibleProperty());

        // Past retention
        VBox retention = new VBox(4);
        retention.setId("overview-retention");
        Button purge = new Button(I18n.t("overview.retention.purge"));
        purge.setId("overview-purge");
        purge.setOnAction(e -> {
            var report = vm.retentionProperty().get();
            if (report != null && !report.isEmpty()) {
                RetentionPrompt.show(this, context, services, report, vm::refresh);
            }
        });
        Runnable fillRetention = () -> {
            retention.getChildren().clear();
            if (vm.retentionLines().isEmpty()) {
                retention.getChildren().add(Forms.hint(vm.loadedProperty().get() ? I18n.t("overview.retention.none") : ""));
            }
            for (String line : vm.retentionLines()) {
                Label l = new Label("• " + line);
                l.setWrapText(true);
                retention.getChildren().add(l);
            }
            for (String line : vm.heldLines()) {
                Label l = new Label("• " + line);
                l.setWrapText(true);
                l.getStyleClass().add("muted");
                retention.getChildren().add(l);
            }
            for (String line : vm.legalLines()) {
                Label l = new Label("• " + line);
                l.setWrapText(true);
                l.getStyleClass().add("advice");
                retention.getChildren().add(l);
            }
            if (!vm.retentionLines().isEmpty()) {
                retention.getChildren().add(purge);
            }
        };
        vm.legalLines().addListener((ListChangeListener<String>) c -> fillRetention.run());
        vm.retentionLines().addListener((ListChangeListener<String>) c -> fillRetention.run());
        vm.heldLines().addListener((ListChangeListener<String>) c -> fillRetention.run());
        vm.loadedProperty().addListener((o, a, b) -> fillRetention.run());
        fillRetention.run();

        // issue 15: proposed disclosure notes not yet recorded (point 7), and clients discussed without consent who
        // were not informed (points 2, 5, 7), each with the information for clients beside it
        VBox proposals = new VBox(4);
        proposals.setId("overview-proposals");
        Runnable fillProposals = () -> {
            proposals.getChildren().clear();
            for (String line : vm.proposalLines()) {
                Label l = new Label("• " + line);
                l.setWrapText(true);
                l.getStyleClass().add("advice");
                proposals.getChildren().add(l);
            }
        };
        vm.proposalLines().addListener((ListChangeListener<String>) c -> fillProposals.run());
        GridPane inform = grid("overview-inform");
        fill(inform, vm.uninformed(), I18n.t("overview.inform.none"), u -> {
            Label why = new Label(OverviewViewModel.uninformedText(u));
            why.setWrapText(true);
            why.getStyleClass().add(u.kind() == ClientInforming.Kind.NO_REASON ? "advice" : "muted");
            GridPane.setHgrow(why, Priority.ALWAYS);
            Button letter = new Button(I18n.t("agreement.letter"));
            letter.setId("overview-inform-letter-" + u.caseNumber());
            letter.setTooltip(new Tooltip(I18n.t("agreement.letterTooltip")));
            letter.setMinWidth(Region.USE_PREF_SIZE);
            letter.setOnAction(e -> vm.writeInformation(u.caseNumber(),
                    saveTarget.choose(this, I18n.t("agreement.letterChoose"),
                            ClientDocuments.INFORMATION_FILE)));
            return new Node[] {number(navigator, u.caseNumber()), why, letter};
        });
        Label informMessage = new Label();
        informMessage.setId("overview-inform-message");
        informMessage.setWrapText(true);
        informMessage.getStyleClass().add("muted");
        informMessage.textProperty().bind(vm.messageProperty());
        informMessage.managedProperty().bind(informMessage.textProperty().isNotEmpty());

        VBox box = new VBox(8, title, privacy, error,
                Forms.section(I18n.t("overview.overdue.title")), overdue,
                soonTitle, soon,
                Forms.section(I18n.t("overview.requests.title")), requests,
                Forms.section(I18n.t("overview.next.title")), next, openNext,
                Forms.section(I18n.t("overview.retention.title")), retention,
                Forms.section(I18n.t("overview.inform.title")), proposals, Forms.hint(I18n.t("overview.inform.hint")),
                inform, informMessage);
        box.setPadding(new Insets(16));
        box.getStyleClass().add("overview");
        // a large font: a long section title takes a second line instead of being cut (issue 13)
        for (Node n : box.getChildren()) {
            if (n instanceof Label l && l.getStyleClass().contains("form-section")) {
                l.setWrapText(true);
                l.setMinHeight(Region.USE_PREF_SIZE);
            }
        }
        setContent(box);

        // Fresh figures each time the screen is shown.
        sceneProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.refresh();
            }
        });
    }

    /** After a purge elsewhere: what is due, held and late is read again. */
    public void refresh() {
        vm.refresh();
    }

    /** Replaces the file dialog (tests; a native dialog cannot be driven headless). */
    public void setSaveTarget(SaveTarget target) {
        this.saveTarget = target;
    }

    public OverviewViewModel viewModel() {
        return vm;
    }

    private static GridPane grid(String id) {
        GridPane g = new GridPane();
        g.setId(id);
        g.getStyleClass().add("overview-grid");
        g.setHgap(Forms.em(1.5));
        g.setVgap(Forms.em(0.3));
        return g;
    }

    /** A case number that opens its case (issue 13: a row opens what it names). */
    private static Hyperlink number(Navigator navigator, String caseNumber) {
        Hyperlink l = new Hyperlink(caseNumber);
        l.getStyleClass().add("item-number");
        l.setId("overview-case-" + caseNumber);
        l.setMinWidth(Region.USE_PREF_SIZE); // the number whole, the text beside it wraps (issue 13)
        l.setTooltip(new Tooltip(I18n.t("overview.case.open", caseNumber)));
        l.setOnAction(e -> navigator.openCase(caseNumber));
        return l;
    }

    private static Label late(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("error");
        return l;
    }

    private static <T> void fill(GridPane grid, ObservableList<T> rows, String empty, Function<T, Node[]> cells) {
        Runnable run = () -> {
            grid.getChildren().clear();
            if (rows.isEmpty()) {
                grid.add(Forms.hint(empty), 0, 0);
                return;
            }
            for (int i = 0; i < rows.size(); i++) {
                grid.addRow(i, cells.apply(rows.get(i)));
            }
        };
        rows.addListener((ListChangeListener<T>) c -> run.run());
        run.run();
    }

    @Override
    public void clearOnLock() {
        vm.clear();
        layout();
        Scrub.texts(this);
    }
}
