package nl.kring.ui.minutes;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.kring.domain.CaseFile;
import nl.kring.domain.Meeting;
import nl.kring.domain.NeedToKnow;
import nl.kring.domain.Partner;
import nl.kring.report.ExportPreview;
import nl.kring.report.ExportService;
import nl.kring.report.ProgressListener;
import nl.kring.service.MeetingService;
import nl.kring.service.Services;
import nl.kring.ui.common.Failures;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.PdfPreview;
import nl.kring.ui.common.ScreenTasks;
import nl.kring.vault.OutputPaths;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * What leaves the minutes editor: the meeting's reports written into a folder (with progress, passwords and mail
 * drafts), and before that the preview of a partner's report, the rooster and the verslag exactly as the export renders
 * them. Unsaved minutes are saved first, as the export does. Part of the minutes editor ({@link MinutesViewModel}
 * composes it and decides, in {@link #blockedProperty()}, when an export may start).
 */
public final class MinutesOutput {
    private final ScreenTasks tasks;
    private final Services services;
    private final MinutesViewModel minutes;
    /** Told when an export starts or ends (the export block follows). */
    private final Runnable changed;

    private final StringProperty blocked = new SimpleStringProperty("");
    private final BooleanProperty exporting = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty progressText = new SimpleStringProperty("");
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final AtomicBoolean cancel = new AtomicBoolean();

    MinutesOutput(ScreenTasks tasks, Services services, MinutesViewModel minutes, Runnable changed) {
        this.tasks = tasks;
        this.services = services;
        this.minutes = minutes;
        this.changed = changed;
    }

    /**
     * The partners that get a report of the shown meeting, as the export decides ({@code MeetingExportInput} without
     * explicit recipients): every kring partner of an item, present or not, and each partner with someone checked in.
     */
    public List<Partner> reportRecipients() {
        Meeting loaded = minutes.loadedMeeting();
        if (loaded == null) {
            return List.of();
        }
        Map<String, CaseFile> cases = minutes.caseFiles();
        Set<String> kring = new HashSet<>(NeedToKnow.recipients(loaded,
                n -> cases.containsKey(n) ? cases.get(n).kring() : List.of()));
        return minutes.partners().stream().filter(p -> kring.contains(p.id())
                || p.attendees().stream().anyMatch(a -> loaded.present().contains(a.id()))).toList();
    }

    /**
     * Saves unsaved minutes, checks the stored minutes once more for open suspects (as {@code kring export} does),
     * then writes the meeting's reports into {@code dir} in the background, with progress; {@code done} gets the
     * folder on the FX thread when all files are written.
     */
    public void export(Path dir, Consumer<Path> done) {
        export(dir, Map.of(), done);
    }

    /** As {@link #export(Path, Consumer)}, with an AES-256 password for the reports of the partners in the map. */
    public void export(Path dir, Map<String, String> passwords, Consumer<Path> done) {
        export(dir, passwords, false, done);
    }

    /** As above; with {@code mail} a mail draft beside each partner report (issue 14). */
    public void export(Path dir, Map<String, String> passwords, boolean mail, Consumer<Path> done) {
        Map<String, String> protect = Map.copyOf(passwords);
        if (!blocked.get().isEmpty() || tasks.isBusy() || dir == null) {
            return;
        }
        LocalDate date = minutes.currentProperty().get();
        List<MeetingService.ItemMinutes> edited = minutes.unsaved(false);
        cancel.set(false);
        warnings.clear();
        progress.set(0);
        progressText.set(I18n.t("minutes.export.starting"));
        exporting.set(true);
        changed.run();
        // gathered on the worker, shown when the export ends (the status line names each one)
        List<String> found = new CopyOnWriteArrayList<>();
        String starting = progressText.get();
        tasks.run(p -> {
            p.update(0, starting); // the bar and the line follow the work from here
            if (edited != null) {
                services.meetings().saveMinutes(date, edited);
            }
            // The shared output rule (issue 11): never into a vault folder.
            if (OutputPaths.problem(dir).isPresent()) {
                throw new Failures.UserMessage(I18n.t("minutes.export.outPath"));
            }
            return services.outputs().exportMeeting(date, dir, protect, new ProgressListener() {
                @Override
                public void progress(int n, int total, String fileName) {
                    p.update(total == 0 ? 1 : (double) n / total, I18n.t("minutes.export.progress", n, total, fileName));
                }

                @Override
                public void warning(String text) {
                    found.add(text);
                }

                @Override
                public boolean isCancelled() {
                    return cancel.get();
                }
            }, mail);
        }, progress, progressText, result -> {
            exporting.set(false);
            warnings.setAll(found);
            if (edited != null) {
                minutes.saved();
            }
            progress.set(1);
            progressText.set("");
            tasks.status().info(protect.isEmpty()
                    ? I18n.t("minutes.export.done", result.files().size(), dir.toAbsolutePath().toString())
                    : I18n.t("minutes.export.doneProtected", result.files().size(), dir.toAbsolutePath().toString(),
                            protect.size()));
            changed.run();
            done.accept(dir);
        }, e -> {
            exporting.set(false);
            warnings.setAll(found);
            progressText.set("");
            changed.run();
            if (e instanceof CancellationException || cancel.get()) {
                tasks.status().info(I18n.t("minutes.export.cancelled"));
            } else if (e instanceof ExportService.OpenPossibleNames refused) {
                tasks.status().error(I18n.t("minutes.export.open", refused.open().size()));
            } else {
                tasks.status().failed(e);
            }
        });
    }

    public void cancelExport() {
        cancel.set(true);
    }

    /** One partner's report as it will be sent (page images, PNG) and every replacement made in what it receives. */
    public record Preview(String partnerId, List<byte[]> pages, List<ExportPreview.Replacement> replacements) {
    }

    /**
     * Renders, in the background, the report the partner will receive exactly as the export renders it, and lists the
     * replacements made in its texts (issue 11, a preview before anything leaves). Unsaved minutes are saved first, as
     * the export does, so that the preview shows what will be sent.
     */
    public void preview(String partnerId, Consumer<Preview> done) {
        previewWith(l -> new Preview(partnerId, PdfPreview.pages(ExportPreview.report(l, partnerId)),
                ExportPreview.replacements(l, partnerId)), done);
    }

    /** The meeting's documents besides the partner reports that the chair can preview before the export. */
    public enum Document {
        ROOSTER, VERSLAG
    }

    /**
     * Renders, in the background, the rooster or the verslag exactly as the export will write it (issue 11: every
     * output previewed before it leaves), as page images. Unsaved minutes are saved first, as for a partner's preview.
     */
    public void previewDocument(Document which, Consumer<List<byte[]>> done) {
        previewWith(l -> PdfPreview.pages(which == Document.ROOSTER ? ExportPreview.schedule(l)
                : ExportPreview.minutes(l)), done);
    }

    /** What a preview makes of the meeting's export input, in the background. */
    private interface Render<T> {
        T from(ExportPreview.Loaded loaded) throws Exception;
    }

    /** Saves unsaved minutes first (as the export does), then renders from the export's own input. */
    private <T> void previewWith(Render<T> render, Consumer<T> done) {
        LocalDate date = minutes.currentProperty().get();
        if (date == null || tasks.isBusy()) {
            return;
        }
        List<MeetingService.ItemMinutes> edited = minutes.unsaved(true);
        tasks.run(p -> {
            if (edited != null) {
                services.meetings().saveMinutes(date, edited);
            }
            return render.from(services.outputs().exportPreview(date));
        }, result -> {
            if (edited != null) {
                minutes.saved();
            }
            done.accept(result);
        });
    }

    /** Why the reports cannot be made now, in words; empty when they can. */
    public StringProperty blockedProperty() {
        return blocked;
    }

    public BooleanProperty exportingProperty() {
        return exporting;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }

    /** What the last export said the chair should know (a partner without an agreement, a draft without an address). */
    public ObservableList<String> warnings() {
        return warnings;
    }
}
