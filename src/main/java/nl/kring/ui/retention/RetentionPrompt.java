package nl.kring.ui.retention;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.kring.retention.RetentionService;
import nl.kring.service.Services;
import nl.kring.ui.common.I18n;
import nl.kring.ui.AppContext;
import nl.kring.ui.common.Escape;
import nl.kring.ui.common.ScreenTasks;
import nl.kring.ui.common.TaskExecutor;

import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * The dialog that asks, before anything else after unlock, whether what is past retention may be destroyed now.
 * Owned by the main window, so a lock closes it with the workspace.
 */
public final class RetentionPrompt {
    private RetentionPrompt() {
    }

    /**
     * At unlock: checks in the background and asks when anything is due. {@code afterPurge} runs on the FX thread
     * once something was purged (to refresh what shows it). A lock before the check returns drops its answer.
     */
    public static void atUnlock(Node anchor, AppContext context, Services services, Supplier<LocalDate> today, Runnable afterPurge) {
        ScreenTasks tasks = new ScreenTasks(context.executor());
        context.servicesProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Services> o, Services was, Services now) {
                if (now != services) {
                    tasks.clear(); // locked again while checking: the workspace is gone and so is the question
                    o.removeListener(this);
                }
            }
        });
        LocalDate on = today.get();
        tasks.read(p -> RetentionPromptViewModel.dueAtUnlock(services, on), due -> due.ifPresent(report -> {
            if (anchor.getScene() != null) {
                show(anchor, context, services, report, afterPurge, today);
            }
        }));
    }

    public static Dialog<ButtonType> show(Node anchor, AppContext context, Services services, RetentionService.Report report,
                                          Runnable afterPurge) {
        return show(anchor, context, services, report, afterPurge, LocalDate::now);
    }

    public static Dialog<ButtonType> show(Node anchor, AppContext context, Services services, RetentionService.Report report,
                                          Runnable afterPurge, Supplier<LocalDate> today) {
        TaskExecutor executor = context.executor();
        RetentionPromptViewModel vm = new RetentionPromptViewModel(executor, services, report);
        Dialog<ButtonType> dialog = new Dialog<>();
        Escape.closes(dialog);
        dialog.setTitle(I18n.t("retention.title"));
        dialog.setHeaderText(I18n.t("retention.header"));
        if (anchor.getScene() != null) {
            dialog.initOwner(anchor.getScene().getWindow());
            dialog.getDialogPane().getStylesheets().setAll(anchor.getScene().getStylesheets());
        }
        dialog.getDialogPane().setId("retention-dialog");

        Label intro = new Label(I18n.t("retention.intro"));
        intro.setWrapText(true);
        VBox lines = new VBox(4);
        lines.setId("retention-lines");
        for (String line : vm.dueLines()) {
            Label l = new Label("• " + line);
            l.setWrapText(true);
            lines.getChildren().add(l);
        }
        if (!vm.heldLines().isEmpty()) {
            Label heldTitle = new Label(I18n.t("retention.heldTitle"));
            heldTitle.getStyleClass().add("form-section");
            lines.getChildren().add(heldTitle);
            for (String line : vm.heldLines()) {
                Label l = new Label("• " + line);
                l.setWrapText(true);
                l.getStyleClass().add("muted");
                lines.getChildren().add(l);
            }
        }
        ScrollPane scroll = new ScrollPane(lines);
        scroll.setFitToWidth(true);
        // Lines wrap to about two: room for all of them up to a point, then it scrolls.
        int rows = vm.dueLines().size() + (vm.heldLines().isEmpty() ? 0 : vm.heldLines().size() + 1);
        scroll.setPrefViewportHeight(Math.min(360, 40 * rows + 8));
        scroll.getStyleClass().add("form-scroll");
        Label later = new Label(I18n.t("retention.laterHint"));
        later.setWrapText(true);
        later.getStyleClass().add("muted");

        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(24, 24);
        Label working = new Label(I18n.t("retention.busy"));
        HBox busyRow = new HBox(8, progress, working);
        busyRow.visibleProperty().bind(vm.busyProperty());
        busyRow.managedProperty().bind(busyRow.visibleProperty());
        Label result = new Label();
        result.setId("retention-result");
        result.setWrapText(true);
        result.getStyleClass().add("ok");
        result.textProperty().bind(vm.resultProperty());
        result.visibleProperty().bind(vm.resultProperty().isNotEmpty());
        result.managedProperty().bind(result.visibleProperty());
        Label error = new Label();
        error.setId("retention-error");
        error.setWrapText(true);
        error.getStyleClass().add("error");
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        VBox content = new VBox(10, intro, scroll, later, busyRow, result, error);
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);

        ButtonType purge = new ButtonType(I18n.t("retention.purge"), ButtonBar.ButtonData.OK_DONE);
        ButtonType postpone = new ButtonType(I18n.t("retention.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType close = new ButtonType(I18n.t("retention.continue"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(purge, postpone);
        Button purgeButton = (Button) dialog.getDialogPane().lookupButton(purge);
        purgeButton.setId("retention-purge");
        purgeButton.setDefaultButton(false); // destroying is never what Enter does by accident
        Button laterButton = (Button) dialog.getDialogPane().lookupButton(postpone);
        laterButton.setId("retention-later");
        purgeButton.disableProperty().bind(vm.busyProperty());
        laterButton.disableProperty().bind(vm.busyProperty());
        laterButton.addEventFilter(ActionEvent.ACTION, e -> vm.postpone(today.get(), afterPurge));
        purgeButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog stays open to show the outcome
            vm.purge();
        });
        vm.doneProperty().addListener((o, a, isDone) -> {
            if (isDone) {
                later.setVisible(false);
                later.setManaged(false);
                dialog.getDialogPane().getButtonTypes().setAll(close);
                Button c = (Button) dialog.getDialogPane().lookupButton(close);
                c.setId("retention-continue");
                c.requestFocus();
                afterPurge.run();
            }
        });
        // No closing by Escape or the window's cross while the purge runs.
        dialog.setOnCloseRequest(e -> {
            if (vm.busyProperty().get()) {
                e.consume();
            }
        });
        dialog.show();
        laterButton.requestFocus();
        return dialog;
    }
}
