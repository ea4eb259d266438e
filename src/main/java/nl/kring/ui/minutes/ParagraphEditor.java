package nl.kring.ui.minutes;

import javafx.animation.AnimationTimer;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Popup;
import nl.kring.domain.DomainSuggestion;
import nl.kring.domain.LifeDomain;
import nl.kring.pseudonym.Mention;
import nl.kring.pseudonym.Recognition;
import nl.kring.pseudonym.Suspect;
import nl.kring.service.MeetingService;
import nl.kring.ui.common.Forms;
import nl.kring.ui.common.I18n;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * One paragraph in the minutes editor: its leefgebied, a RichTextFX text area in which recognised mentions are
 * marked (client data: background; ambiguous or typo matches: stronger; possible names: dotted underline) with the
 * marker as tooltip, and, while names are hidden and the paragraph is not being edited, a preview with markers
 * instead of names.
 */
final class ParagraphEditor extends VBox {
    /** The preview shows at most this much of a paragraph. */
    static final int PREVIEW_CHARS = 4000;

    private final ParagraphModel model;
    /** Texts at least this long are pasted, and their marks applied, a piece per frame, so the window keeps answering. */
    static final int PIECE = 200_000;
    static final int PASTE_PIECE = 100_000;

    private final StyleClassedTextArea area = new StyleClassedTextArea() {
        @Override
        public void paste() {
            String text = Clipboard.getSystemClipboard().getString();
            if (text == null || text.length() < PASTE_PIECE * 2 || !isEditable()) {
                super.paste();
            } else {
                pasteInPieces(text);
            }
        }
    };
    private AnimationTimer styling;
    private final IntConsumer onLongPaste;
    private final VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
    private final TextFlow preview = new TextFlow();
    private final StackPane previewBox = new StackPane(preview);
    private final Popup popup = new Popup();
    private final Label popupLabel = new Label();
    private final ObservableBooleanValue namesShown;
    private boolean syncing;
    private boolean pasting;
    private BooleanSupplier undoJudgement;
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

    ParagraphEditor(ParagraphModel model, ObservableBooleanValue namesShown, String id, Runnable up, Runnable down,
                    Runnable remove, IntConsumer onLongPaste) {
        this.model = model;
        this.onLongPaste = onLongPaste;
        this.namesShown = namesShown;
        getStyleClass().add("minutes-paragraph");
        setSpacing(4);

        ComboBox<Optional<Topic>> category = Forms.optionalChoice(id + "-category", model.audienceProperty(),
                Topic.choices(), Topic::label, I18n.t("minutes.audience.unclassified"));
        category.setAccessibleText(I18n.t("minutes.category"));
        category.setTooltip(new Tooltip(I18n.t("minutes.categoryHint")));
        // an unclassified paragraph reaches the chair's verslag only: suggest a leefgebied from its words, one click
        Button suggest = new Button();
        suggest.setId(id + "-suggest");
        suggest.getStyleClass().add("paragraph-suggest");
        suggest.setTooltip(new Tooltip(I18n.t("minutes.audience.suggestHint")));
        ObjectBinding<Optional<LifeDomain>> suggestion = Bindings.createObjectBinding(
                () -> model.audienceProperty().get() == null
                        ? DomainSuggestion.suggest(model.textProperty().get()) : Optional.empty(),
                model.audienceProperty(), model.textProperty());
        suggest.textProperty().bind(Bindings.createStringBinding(() -> suggestion.get()
                .map(d -> I18n.t("minutes.audience.suggest", d.label())).orElse(""), suggestion));
        suggest.visibleProperty().bind(Bindings.createBooleanBinding(() -> suggestion.get().isPresent(), suggestion));
        suggest.managedProperty().bind(suggest.visibleProperty());
        suggest.setOnAction(e -> suggestion.get().ifPresent(d -> model.audienceProperty().set(new Topic(d))));
        // issue 15: text from the police reaches only the roles the keten agreed (vault rules)
        ToggleButton police = new ToggleButton(I18n.t("minutes.police"));
        police.setId(id + "-police");
        police.getStyleClass().add("row-remove");
        police.setTooltip(new Tooltip(I18n.t("minutes.police.hint")));
        police.setAccessibleText(I18n.t("minutes.police.hint"));
        police.setFocusTraversable(false);
        police.selectedProperty().bindBidirectional(model.policeProperty());
        police.setMinWidth(Region.USE_PREF_SIZE);
        Label state = new Label();
        state.getStyleClass().addAll("muted", "paragraph-state");
        state.textProperty().bind(Bindings.createStringBinding(() -> model.progressProperty().get() >= 0
                ? I18n.t("minutes.paragraph.progress", Math.round(model.progressProperty().get() * 100))
                : model.pendingProperty().get() ? I18n.t("minutes.paragraph.recognising") : marksText(),
                model.progressProperty(), model.pendingProperty(), model.recognitionProperty()));
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.progressProperty().greaterThanOrEqualTo(0));
        bar.managedProperty().bind(bar.visibleProperty());
        bar.setPrefWidth(Forms.em(8));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button upB = small("↑", I18n.t("minutes.paragraph.up"), up);
        upB.setId(id + "-up");
        Button downB = small("↓", I18n.t("minutes.paragraph.down"), down);
        downB.setId(id + "-down");
        Button removeB = small("✕", I18n.t("minutes.paragraph.remove"), remove);
        removeB.setId(id + "-remove");
        // the audience, the suggestion and the count are read whole; the spacer gives way (LayoutAuditTest)
        category.setMinWidth(Region.USE_PREF_SIZE);
        suggest.setMinWidth(Region.USE_PREF_SIZE);
        state.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(6, category, suggest, spacer, bar, state, police, upB, downB, removeB);
        header.setAlignment(Pos.CENTER_LEFT);

        area.setId(id);
        area.getStyleClass().add("minutes-area");
        area.setWrapText(true);
        area.setAccessibleText(I18n.t("minutes.paragraph"));
        area.replaceText(model.text());
        area.getUndoManager().forgetHistory();
        // an invalidation listener: the whole text is built only when it is needed (not per piece of a long paste)
        area.textProperty().addListener(obs -> {
            if (pasting) {
                return;
            }
            toModel();
        });
        model.textProperty().addListener((o, a, b) -> {
            if (!syncing) {
                syncing = true;
                int caret = Math.min(area.getCaretPosition(), b.length());
                // a judged name's replacement is its own undo step: without this, the undo manager merged it with
                // typing done less than half a second before, and Ctrl+Z took the typed text away as well
                area.getUndoManager().preventMerge();
                area.replaceText(b);
                area.getUndoManager().preventMerge();
                area.moveTo(caret);
                syncing = false;
            }
        });
        model.recognitionProperty().addListener((o, a, r) -> {
            if (r != null && r.text().length() == area.getLength()) {
                applySpans(r);
            }
            fillPreview();
        });
        if (model.recognition() != null && model.recognition().text().equals(model.text())) {
            applySpans(model.recognition());
        }
        InvalidationListener restyle = o -> {
            Recognition r = model.recognition();
            if (r != null && r.text().length() == area.getLength()) {
                applySpans(r);
            }
            fillPreview();
        };
        model.judgementsProperty().addListener(restyle);
        // Ctrl+Z right after a judgement takes the judgement back (the text did not change: nothing else to undo)
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e) && undoJudgement != null && undoJudgement.getAsBoolean()) {
                e.consume();
            }
        });
        scroll.getStyleClass().add("minutes-scroll");
        fitHeight();

        popupLabel.getStyleClass().add("mark-popup");
        popup.getContent().add(popupLabel);
        popup.setAutoHide(true);
        area.setMouseOverTextDelay(Duration.ofMillis(350));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            String tip = tipAt(e.getCharacterIndex());
            if (tip != null && area.getScene() != null) {
                popupLabel.setText(tip);
                popup.show(area, e.getScreenPosition().getX() + 8, e.getScreenPosition().getY() + 12);
            }
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> popup.hide());

        preview.getStyleClass().add("minutes-preview");
        previewBox.getStyleClass().add("minutes-preview-box");
        previewBox.setAlignment(Pos.TOP_LEFT);
        previewBox.setOnMouseClicked(e -> area.requestFocus());
        previewBox.setCursor(Cursor.TEXT);
        Tooltip.install(previewBox, new Tooltip(I18n.t("minutes.preview.hint")));
        var hidePreview = Bindings.createBooleanBinding(() -> namesShown.get() || area.isFocused(),
                namesShown, area.focusedProperty());
        previewBox.visibleProperty().bind(hidePreview.not());
        previewBox.managedProperty().bind(previewBox.visibleProperty());
        scroll.visibleProperty().bind(hidePreview);
        scroll.managedProperty().bind(hidePreview);
        previewBox.visibleProperty().addListener((o, a, b) -> {
            if (b) {
                fillPreview();
            }
        });
        fillPreview();
        getChildren().addAll(header, new StackPane(scroll, previewBox));
    }

    private void toModel() {
        String b = area.getText();
        if (!syncing) {
            syncing = true;
            model.textProperty().set(b);
            syncing = false;
        }
        fitHeight();
    }

    /** Marks a recognition: at once for ordinary paragraphs, a piece per frame for a very long one. */
    private void applySpans(Recognition r) {
        if (styling != null) {
            styling.stop();
            styling = null;
        }
        Set<String> judged = model.judged();
        boolean anyJudged = r.suspects().stream().anyMatch(s -> judged.contains(MeetingService.possibleNameKey(s.text())));
        StyleSpans<Collection<String>> all = !anyJudged && model.recognition() == r && model.spans != null ? model.spans
                : spans(r, judged, model.markers());
        int len = r.text().length();
        if (len < PIECE) {
            area.setStyleSpans(0, all);
            return;
        }
        int[] at = {0};
        styling = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (model.recognition() != r || area.getLength() != len) {
                    stop();
                    return;
                }
                int end = Math.min(len, at[0] + PIECE);
                area.setStyleSpans(at[0], all.subView(at[0], end));
                at[0] = end;
                if (end >= len) {
                    stop();
                }
            }
        };
        styling.start();
    }

    /** A very long paste goes in a piece per frame (the editor is read-only meanwhile), so the window never freezes. */
    private void pasteInPieces(String text) {
        onLongPaste.accept(text.length());
        area.replaceSelection("");
        area.setEditable(false);
        pasting = true;
        int[] at = {0};
        int[] pos = {area.getCaretPosition()};
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                int end = Math.min(text.length(), at[0] + PASTE_PIECE);
                int nl = text.lastIndexOf('\n', end - 1);
                if (end < text.length() && nl > at[0]) {
                    end = nl + 1;
                }
                area.insertText(pos[0], text.substring(at[0], end));
                pos[0] += end - at[0];
                at[0] = end;
                if (at[0] >= text.length()) {
                    stop();
                    pasting = false;
                    toModel();
                    area.setEditable(true);
                    area.moveTo(pos[0]);
                    area.requestFollowCaret();
                }
            }
        }.start();
    }

    StyleClassedTextArea area() {
        return area;
    }

    ParagraphModel model() {
        return model;
    }

    private String marksText() {
        Recognition r = model.recognition();
        if (r == null || (r.mentions().isEmpty() && r.suspects().isEmpty())) {
            return "";
        }
        return I18n.t("minutes.paragraph.marks", r.mentions().size(), r.suspects().size());
    }

    private static Button small(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().add("row-remove");
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    /** Grows with the text up to 14 lines, then scrolls; never lays out a huge paste at once. */
    private void fitHeight() {
        int len = area.getLength();
        int lines;
        if (len > 20_000) {
            lines = 14;
        } else {
            lines = 0;
            for (var p : area.getParagraphs()) {
                lines += 1 + p.length() / 95;
            }
        }
        lines = Math.max(3, Math.min(14, lines));
        double h = lines * Forms.em(1.45) + Forms.em(1);
        scroll.setPrefHeight(h);
        scroll.setMinHeight(h);
    }

    /** Style spans over the whole text: mentions and suspects with their classes, nothing elsewhere. */
    static StyleSpans<Collection<String>> spans(Recognition r) {
        return spans(r, Set.of(), Map.of());
    }

    /**
     * As {@link #spans(Recognition)}, without the underline of possible names already judged ({@code judged} keys);
     * those an output replaces by a marker ({@code markers} keys) are marked {@code mark-judged} instead.
     */
    static StyleSpans<Collection<String>> spans(Recognition r, Set<String> judged, Map<String, String> markers) {
        record Mark(int start, int end, String style) {
        }
        List<Mark> marks = new ArrayList<>();
        for (Mention m : r.mentions()) {
            marks.add(new Mark(m.start(), m.end(), m.ambiguous() ? "mark-ambiguous" : m.approximate() ? "mark-approx" : "mark"));
        }
        for (Suspect s : r.suspects()) {
            String key = MeetingService.possibleNameKey(s.text());
            if (markers.containsKey(key)) {
                marks.add(new Mark(s.start(), s.end(), "mark-judged"));
            } else if (!judged.contains(key)) {
                marks.add(new Mark(s.start(), s.end(), "mark-suspect"));
            }
        }
        marks.sort(Comparator.comparingInt(Mark::start));
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        int at = 0;
        int len = r.text().length();
        for (Mark m : marks) {
            if (m.start() < at || m.end() > len) {
                continue;
            }
            if (m.start() > at) {
                b.add(Collections.emptyList(), m.start() - at);
            }
            b.add(List.of(m.style()), m.end() - m.start());
            at = m.end();
        }
        b.add(Collections.emptyList(), Math.max(0, len - at));
        return b.create();
    }

    private String tipAt(int index) {
        Recognition r = model.recognition();
        if (r == null || !r.text().equals(model.text())) {
            return null;
        }
        for (Mention m : r.mentions()) {
            if (index >= m.start() && index < m.end()) {
                String tip = I18n.t("minutes.tip.mention", m.marker());
                if (m.ambiguous()) {
                    tip += "\n" + I18n.t("minutes.tip.ambiguous");
                } else if (m.approximate()) {
                    tip += "\n" + I18n.t("minutes.tip.approximate");
                }
                return tip;
            }
        }
        for (Suspect s : r.suspects()) {
            String key = MeetingService.possibleNameKey(s.text());
            if (index >= s.start() && index < s.end() && model.markers().containsKey(key)) {
                return I18n.t("minutes.tip.judged", model.markers().get(key));
            }
            if (index >= s.start() && index < s.end() && !model.judged().contains(key)) {
                return I18n.t("minutes.tip.suspect", s.reason());
            }
        }
        return null;
    }

    /** What Ctrl+Z tries first: take back a judgement made just before (true: taken back, the key is consumed). */
    void onUndoJudgement(BooleanSupplier undo) {
        this.undoJudgement = undo;
    }

    /** The text as it leaves the vault: markers for every mention; nothing at all while recognition is pending. */
    private void fillPreview() {
        if (!previewBox.isVisible()) {
            return;
        }
        List<Node> nodes = new ArrayList<>();
        Recognition r = model.recognition();
        if (r == null || !r.text().equals(model.text())) {
            Text t = new Text(I18n.t("minutes.preview.pending"));
            t.getStyleClass().addAll("preview-text", "preview-muted");
            nodes.add(t);
        } else if (r.text().isBlank()) {
            Text t = new Text(I18n.t("minutes.preview.empty"));
            t.getStyleClass().addAll("preview-text", "preview-muted");
            nodes.add(t);
        } else {
            String text = r.text();
            int limit = Math.min(text.length(), PREVIEW_CHARS);
            int at = 0;
            // the mentions and the judged names (issue 13: the text keeps them, the preview shows the output)
            record Span(int start, int end, String marker) {
            }
            List<Span> spans = new ArrayList<>();
            r.mentions().forEach(m -> spans.add(new Span(m.start(), m.end(), m.marker())));
            Map<String, String> judged = model.markers();
            for (Suspect s : r.suspects()) {
                String marker = judged.get(MeetingService.possibleNameKey(s.text()));
                if (marker != null) {
                    spans.add(new Span(s.start(), s.end(), marker));
                }
            }
            spans.sort(Comparator.comparingInt(Span::start));
            for (Span m : spans) {
                if (m.start() >= limit) {
                    break;
                }
                if (m.start() < at) {
                    continue;
                }
                if (m.start() > at) {
                    nodes.add(plain(text.substring(at, m.start())));
                }
                Label marker = new Label(m.marker());
                marker.getStyleClass().add("preview-marker");
                nodes.add(marker);
                at = m.end();
            }
            if (at < limit) {
                nodes.add(plain(text.substring(at, limit)));
            }
            if (text.length() > limit) {
                Text more = new Text(" " + I18n.t("minutes.preview.more", text.length() - limit));
                more.getStyleClass().addAll("preview-text", "preview-muted");
                nodes.add(more);
            }
        }
        preview.getChildren().setAll(nodes);
    }

    private static Text plain(String s) {
        Text t = new Text(s);
        t.getStyleClass().add("preview-text");
        return t;
    }
}
