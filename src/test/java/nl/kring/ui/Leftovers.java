package nl.kring.ui;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.stage.Window;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a locked screen still holds of the vault: every text and date reachable from the given roots (a view that left
 * the window, its models, the application's context) that belongs to the locked vault. Walks the screens' own objects
 * field by field (every class of {@code nl.kring} except the closed vault side: service, store, vault, audit, schema),
 * records, collections, maps and JavaFX properties by their values, and nodes by what they show (texts, tooltips,
 * children, items). Call on the FX thread.
 */
public final class Leftovers {
    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final List<String> VAULT_SIDE = List.of("nl.kring.service.", "nl.kring.store.", "nl.kring.vault.",
            "nl.kring.audit.", "nl.kring.schema.");

    private final Set<String> words;
    private final Set<LocalDate> dates;
    private final List<String> texts = new ArrayList<>();
    private final IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
    private final Deque<Object[]> todo = new ArrayDeque<>();

    private Leftovers(Set<String> words, Set<LocalDate> dates) {
        this.words = words;
        this.dates = dates;
        for (LocalDate d : dates) {
            texts.add(d.toString());
            texts.add(d.format(DUTCH));
        }
        texts.addAll(words);
    }

    /** Each hit as "path = value": the words (case numbers, names, addresses) and dates of the locked vault. */
    public static List<String> in(Set<String> words, Set<LocalDate> dates, Object... roots) {
        Leftovers walk = new Leftovers(words, dates);
        List<String> hits = new ArrayList<>();
        for (Object root : roots) {
            walk.push(root, root == null ? "null" : root.getClass().getSimpleName());
        }
        while (!walk.todo.isEmpty()) {
            Object[] next = walk.todo.removeFirst();
            walk.visit(next[0], (String) next[1], hits);
        }
        return hits;
    }

    private void push(Object o, String path) {
        if (o != null && !seen.containsKey(o)) {
            seen.put(o, true);
            todo.addLast(new Object[]{o, path});
        }
    }

    private void visit(Object o, String path, List<String> hits) {
        switch (o) {
            case String s -> {
                if (texts.stream().anyMatch(s::contains)) {
                    hits.add(path + " = " + s);
                }
                return;
            }
            case char[] c -> {
                visit(String.valueOf(c), path, hits);
                return;
            }
            case LocalDate d -> {
                if (dates.contains(d)) {
                    hits.add(path + " = " + d);
                }
                return;
            }
            case Object[] a -> {
                for (int i = 0; i < a.length; i++) {
                    push(a[i], path + "[" + i + "]");
                }
                return;
            }
            case Scene s -> {
                return; // the window the view was in: walked from its own root when asked
            }
            case Window w -> {
                return;
            }
            default -> {
            }
        }
        String type = o.getClass().getName();
        if (o instanceof Node n) {
            node(n, path);
        } else if (o instanceof Tooltip t) {
            push(t.getText(), path + ".tooltip");
        } else if (o instanceof Map<?, ?> m) {
            List<Map.Entry<?, ?>> entries;
            try {
                entries = List.copyOf(m.entrySet());
            } catch (RuntimeException e) {
                entries = List.of();
            }
            int i = 0;
            for (Map.Entry<?, ?> e : entries) {
                push(e.getKey(), path + "{key " + i + "}");
                push(e.getValue(), path + "{" + e.getKey() + "}");
                i++;
            }
        } else if (o instanceof Collection<?> c) {
            Object[] items;
            try {
                items = c.toArray();
            } catch (RuntimeException e) {
                items = new Object[0];
            }
            for (int i = 0; i < items.length; i++) {
                push(items[i], path + "[" + i + "]");
            }
        } else if (o instanceof Optional<?> opt) {
            push(opt.orElse(null), path + ".get");
        } else if (o instanceof ObservableValue<?> v && !type.startsWith("nl.kring.")) {
            try {
                push(v.getValue(), path + ".value");
            } catch (RuntimeException e) {
                // a binding over a closed vault: nothing to hold
            }
        } else if (o instanceof Record r && !type.startsWith("nl.kring.")) {
            components(r, path);
        }
        if (type.startsWith("nl.kring.") && VAULT_SIDE.stream().noneMatch(type::startsWith)) {
            fields(o, path);
        }
    }

    private void node(Node n, String path) {
        push(n.getUserData(), path + ".userData");
        if (n.hasProperties()) {
            push(n.getProperties(), path + ".properties");
        }
        if (n instanceof Labeled l) {
            push(l.getText(), path + ".text");
            push(l.getGraphic(), path + ".graphic");
        }
        if (n instanceof TextInputControl t) {
            push(t.getText(), path + ".text");
        }
        if (n instanceof Text t) {
            push(t.getText(), path + ".text");
        }
        if (n instanceof Control c) {
            push(c.getTooltip(), path + ".tooltip");
        }
        if (n instanceof TableView<?> t) {
            push(t.getItems(), path + ".items");
        }
        if (n instanceof ListView<?> l) {
            push(l.getItems(), path + ".items");
        }
        if (n instanceof ComboBoxBase<?> c) {
            push(c.getValue(), path + ".value");
        }
        if (n instanceof ChoiceBox<?> c) {
            push(c.getItems(), path + ".items");
            push(c.getValue(), path + ".value");
        }
        if (n instanceof Parent p) {
            List<Node> children = p.getChildrenUnmodifiable();
            for (int i = 0; i < children.size(); i++) {
                Node c = children.get(i);
                push(c, path + "/" + (c.getId() != null ? "#" + c.getId() : c.getClass().getSimpleName() + i));
            }
        }
    }

    private void components(Record r, String path) {
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            try {
                c.getAccessor().setAccessible(true);
                push(c.getAccessor().invoke(r), path + "." + c.getName());
            } catch (ReflectiveOperationException | RuntimeException e) {
                // not readable from here: a JDK record
            }
        }
    }

    private void fields(Object o, String path) {
        for (Class<?> c = o.getClass(); c != null && c.getName().startsWith("nl.kring."); c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive() || !f.trySetAccessible()) {
                    continue;
                }
                try {
                    push(f.get(o), path + "." + f.getName());
                } catch (IllegalAccessException e) {
                    // skipped: cannot be read
                }
            }
        }
    }
}
