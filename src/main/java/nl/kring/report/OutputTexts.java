package nl.kring.report;

import nl.kring.domain.Client;
import nl.kring.domain.Referrer;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every text of what an output is made from, collected in one place (issue 17): an export reads only the clients whose
 * identity keys ({@link nl.kring.pseudonym.IdentityKeys#in}) these texts share, so a text that reaches the recogniser,
 * the pseudonymiser or the identity guard without being collected here could name a client the export did not read.
 *
 * <p>So nothing is listed by hand: every {@code String} component of every record reachable from the roots is
 * collected (through lists, sets, maps and optionals), with dates also as they are printed. A value of any other
 * kind of class is refused, so that a new kind of input is looked at before it can carry text past this collection.
 *
 * <p>A case's identities, its {@link Client} and its melder ({@link Referrer}), are not collected: they are what the
 * recogniser and the guard are built from, never a text passed through them (the reports print them as they are, to
 * those who may read them). Collecting them would select every client who shares a first name, a street or a place
 * with an agenda's client. {@code IdentityIndexExportTest} records every text the reports pseudonymise and fails
 * when one of them was not collected.
 */
final class OutputTexts {
    private static final DateTimeFormatter DUTCH_SHORT = DateTimeFormatter.ofPattern("d-M-yyyy");
    private static final DateTimeFormatter DUTCH_PADDED = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter DUTCH_LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl"));

    private OutputTexts() {
    }

    /** The texts in {@code roots} (records, collections, maps, strings, dates; nulls are skipped). */
    static List<String> of(Object... roots) {
        List<String> out = new ArrayList<>();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Object root : roots) {
            collect(root, out, seen);
        }
        return out;
    }

    private static void collect(Object v, List<String> out, Set<Object> seen) {
        switch (v) {
            case null -> {
            }
            case String s -> out.add(s);
            case CharSequence s -> out.add(s.toString());
            case Number n -> {
            }
            case Boolean b -> {
            }
            case Enum<?> e -> {
            }
            case LocalDate d -> {
                out.add(d.toString());
                out.add(DUTCH_SHORT.format(d));
                out.add(DUTCH_PADDED.format(d));
                out.add(DUTCH_LONG.format(d));
            }
            case Temporal t -> out.add(t.toString());
            case Optional<?> o -> collect(o.orElse(null), out, seen);
            case Collection<?> c -> {
                if (seen.add(c)) {
                    c.forEach(x -> collect(x, out, seen));
                }
            }
            case Map<?, ?> m -> {
                if (seen.add(m)) {
                    m.forEach((k, x) -> {
                        collect(k, out, seen);
                        collect(x, out, seen);
                    });
                }
            }
            case Client c -> {
            }
            case Referrer c -> {
            }
            case Record r -> {
                if (seen.add(r)) {
                    for (RecordComponent rc : r.getClass().getRecordComponents()) {
                        collect(component(r, rc), out, seen);
                    }
                }
            }
            default -> throw new IllegalArgumentException("the texts of a " + v.getClass().getName()
                    + " are not collected: make it a record, or pass its texts (issue 17, OutputTexts)");
        }
    }

    private static Object component(Record r, RecordComponent rc) {
        try {
            var accessor = rc.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("reading " + r.getClass().getSimpleName() + "." + rc.getName(), e);
        }
    }
}
