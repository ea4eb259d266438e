package nl.kring.ui.minutes;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.kring.domain.LifeDomain;
import nl.kring.domain.MinutesParagraph;
import nl.kring.pseudonym.Recognition;
import org.fxmisc.richtext.model.StyleSpans;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One paragraph of minutes as edited: the raw text (stored as typed; recognition runs again at every export), an
 * audience (a leefgebied, ALGEMEEN, or none: unclassified), and the latest recognition of exactly the current text (null while it is being made).
 */
public final class ParagraphModel {
    private final StringProperty text = new SimpleStringProperty("");
    /** The paragraph's audience; null: unclassified (the chair's verslag only). */
    private final ObjectProperty<Topic> audience = new SimpleObjectProperty<>();
    /** Issue 15: the text came from the police; only the roles the keten agreed read it. */
    private final BooleanProperty police = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<Recognition> recognition = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty pending = new SimpleBooleanProperty();
    /** Share of a long recognition done (0..1), or -1 when no long recognition runs. */
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    final AtomicLong version = new AtomicLong();
    Future<?> scheduled;
    /** When the text last changed (System.nanoTime), for the latency figure. */
    volatile long changedAt;
    /** The editor's style spans for {@link #recognition()}, made on the recognition thread. */
    volatile StyleSpans<Collection<String>> spans;
    /** Milliseconds from the last change to its marks, as the editor saw it (debounce included). */
    volatile double lastLatencyMillis = -1;

    /** Possible names already judged in these minutes (keys): not underlined any more. */
    private final ObjectProperty<Set<String>> judged = new SimpleObjectProperty<>(Set.of());
    /**
     * The judged names that every output replaces by a marker (key → {@code [persoon]}, issue 13): the text keeps them
     * as typed, the editor marks them and its preview shows the marker.
     */
    private final ObjectProperty<Map<String, String>> markers = new SimpleObjectProperty<>(Map.of());

    public ParagraphModel(LifeDomain category, String text) {
        this(category, false, text);
    }

    public ParagraphModel(MinutesParagraph p) {
        this(p.category(), p.general(), p.text());
        this.police.set(p.police());
    }

    private ParagraphModel(LifeDomain category, boolean general, String text) {
        this.audience.set(Topic.of(category, general));
        this.text.set(text == null ? "" : text);
    }

    public StringProperty textProperty() {
        return text;
    }

    public String text() {
        return text.get();
    }

    /** A leefgebied, ALGEMEEN, or null: unclassified. */
    public ObjectProperty<Topic> audienceProperty() {
        return audience;
    }

    /** Marked "van de politie". */
    public BooleanProperty policeProperty() {
        return police;
    }

    public boolean unclassified() {
        return audience.get() == null;
    }

    public ReadOnlyObjectProperty<Recognition> recognitionProperty() {
        return recognition.getReadOnlyProperty();
    }

    public Recognition recognition() {
        return recognition.get();
    }

    void setRecognition(Recognition r) {
        recognition.set(r);
    }

    /** True from a change until its recognition is shown. */
    public BooleanProperty pendingProperty() {
        return pending;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public ObjectProperty<Set<String>> judgedProperty() {
        return judged;
    }

    public ObjectProperty<Map<String, String>> markersProperty() {
        return markers;
    }

    public double lastLatencyMillis() {
        return lastLatencyMillis;
    }

    public MinutesParagraph toParagraph() {
        Topic t = audience.get();
        return new MinutesParagraph(t == null ? null : t.domain(), text.get(), t != null && t.general(), police.get());
    }
}
