package nl.kring.ui.minutes;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
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
import java.util.HashMap;
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

    /**
     * The chair's judgements of the meeting's possible names, the one source of what the editor shows of them: key →
     * the marker every output reads for it ({@code [persoon]}, issue 13), or {@code ""} for "not a person". The text
     * keeps every judged name as typed; a judged name is not underlined any more, one with a marker is marked as judged
     * and the preview shows its marker.
     */
    private final ObjectProperty<Map<String, String>> judgements = new SimpleObjectProperty<>(Map.of());
    /** The judged names that every output replaces by a marker: derived from {@link #judgements}. */
    private final ObjectBinding<Map<String, String>> markers = Bindings.createObjectBinding(() -> {
        Map<String, String> out = new HashMap<>();
        judgements.get().forEach((key, marker) -> {
            if (!marker.isEmpty()) {
                out.put(key, marker);
            }
        });
        return Map.copyOf(out);
    }, judgements);

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

    /** Key → marker ({@code ""}: not a person) of every judged possible name of the meeting. */
    public ObjectProperty<Map<String, String>> judgementsProperty() {
        return judgements;
    }

    /** The judged possible names (keys): not underlined any more. */
    public Set<String> judged() {
        return judgements.get().keySet();
    }

    /** The judged names every output replaces, with their markers. */
    public Map<String, String> markers() {
        return markers.get();
    }

    public double lastLatencyMillis() {
        return lastLatencyMillis;
    }

    public MinutesParagraph toParagraph() {
        Topic t = audience.get();
        return new MinutesParagraph(t == null ? null : t.domain(), text.get(), t != null && t.general(), police.get());
    }
}
