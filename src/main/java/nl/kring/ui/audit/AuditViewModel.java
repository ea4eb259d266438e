package nl.kring.ui.audit;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import nl.kring.audit.AuditLog;
import nl.kring.report.AuditWords;
import nl.kring.service.Services;
import nl.kring.ui.common.I18n;
import nl.kring.ui.common.ScreenTasks;
import nl.kring.ui.common.TaskExecutor;
import nl.kring.ui.common.VaultMessages;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The audit trail for the chair and the privacy officer: read-only, newest first, filterable by action and by a
 * case number or meeting date, with a check of the whole hash chain (the same check as {@code kring verify}).
 */
public final class AuditViewModel {
    public enum ChainState { NOT_CHECKED, INTACT, BROKEN }

    private final Services services;
    private final ObservableList<AuditLog.Entry> entries = FXCollections.observableArrayList();
    private final FilteredList<AuditLog.Entry> filtered = new FilteredList<>(entries);
    private final ObjectProperty<AuditLog.Action> action = new SimpleObjectProperty<>();
    private final StringProperty subject = new SimpleStringProperty("");
    private final ObjectProperty<ChainState> chain = new SimpleObjectProperty<>(ChainState.NOT_CHECKED);
    private final StringProperty chainText = new SimpleStringProperty("");
    /** The busy flag and "drop results after the lock" (the chain line is the screen's own status). */
    private final ScreenTasks tasks;
    /** The details in Dutch words, with the partners and attendees of the register as last read (issue 13). */
    private volatile AuditWords words = AuditWords.of(List.of());

    public AuditViewModel(TaskExecutor executor, Services services) {
        this.tasks = new ScreenTasks(executor);
        this.services = services;
        action.addListener((o, a, b) -> applyFilter());
        subject.addListener((o, a, b) -> applyFilter());
    }

    private record Loaded(List<AuditLog.Entry> entries, Optional<AuditLog.Break> broken, AuditWords words) {
    }

    /** Reads the trail and checks the chain in one background task. */
    public void load() {
        chainText.set(I18n.t("audit.checking"));
        tasks.run(p -> new Loaded(services.audit().entries().reversed(), services.audit().check(),
                        AuditWords.of(services.partners().all())), l -> {
                    words = l.words();
                    entries.setAll(l.entries());
                    if (l.broken().isEmpty()) {
                        chain.set(ChainState.INTACT);
                        chainText.set(I18n.t("audit.intact", l.entries().size()));
                    } else {
                        chain.set(ChainState.BROKEN);
                        chainText.set(I18n.t("audit.broken", describe(l.broken().get())));
                    }
                }, e -> {
                    chain.set(ChainState.NOT_CHECKED);
                    chainText.set(VaultMessages.describe(e));
                });
    }

    /** Where the chain breaks, in the UI language. */
    static String describe(AuditLog.Break b) {
        return switch (b.kind()) {
            case MISSING -> I18n.t("audit.break.missing", Long.toString(b.seq()), Long.toString(b.other()));
            case OUT_OF_LINE -> I18n.t("audit.break.outOfLine", Long.toString(b.seq()), Long.toString(b.seq() - 1));
            case CHANGED -> I18n.t("audit.break.changed", Long.toString(b.seq()));
            case CUT_OFF -> I18n.t("audit.break.cutOff", Long.toString(b.seq()), b.other() < 0 ? "?" : Long.toString(b.other()));
        };
    }

    private void applyFilter() {
        AuditLog.Action a = action.get();
        String s = subject.get() == null ? "" : subject.get().strip().toLowerCase(Locale.ROOT);
        filtered.setPredicate(e -> (a == null || a.name().equals(e.action()))
                && (s.isEmpty() || (e.subject() != null && e.subject().toLowerCase(Locale.ROOT).contains(s))));
    }

    /** The action in the UI language; an action written by a newer version shows as stored. */
    public static String label(String action) {
        String key = "audit.action." + action;
        return I18n.has(key) ? I18n.t(key) : action;
    }

    /** An entry's detail in Dutch words; as stored when its pattern is unknown. */
    public String detail(AuditLog.Entry e) {
        return words.detail(e.action(), e.detail());
    }

    /** The subject as stored, a partner's id as its name. */
    public String subject(AuditLog.Entry e) {
        return words.subject(e.action(), e.subject());
    }

    public void clear() {
        tasks.clear();
        words = AuditWords.of(List.of());
        entries.clear();
        chain.set(ChainState.NOT_CHECKED);
        chainText.set("");
    }

    public FilteredList<AuditLog.Entry> filtered() { return filtered; }
    public ObjectProperty<AuditLog.Action> actionProperty() { return action; }
    public StringProperty subjectProperty() { return subject; }
    public ObjectProperty<ChainState> chainProperty() { return chain; }
    public StringProperty chainTextProperty() { return chainText; }
    public ReadOnlyBooleanProperty busyProperty() { return tasks.busyProperty(); }
}
