package nl.kring.store;

import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableRecord;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Inserts many rows with one prepared statement per table and column set, the values bound (not rendered into the
 * SQL text): jOOQ renders each statement once and H2 parses it once, however many rows follow. For the import,
 * whose cost otherwise grows with rendering and parsing a statement per row.
 */
final class Batches {
    /** Rows per JDBC batch: bounds the memory of one batch, large enough that the round trips do not count. */
    static final int CHUNK = 500;

    private Batches() {
    }

    /**
     * Inserts {@code records} in their order per table: each record's changed fields (as {@code record.insert()}
     * would write them), records with the same table and fields in one batch. Does not read generated keys back.
     */
    static void insert(DSLContext tx, List<? extends TableRecord<?>> records) {
        Map<Key, List<TableRecord<?>>> groups = new LinkedHashMap<>();
        for (TableRecord<?> r : records) {
            List<Field<?>> fields = new ArrayList<>();
            for (Field<?> f : r.fields()) {
                if (r.changed(f)) {
                    fields.add(f);
                }
            }
            groups.computeIfAbsent(new Key(r.getTable(), fields), k -> new ArrayList<>()).add(r);
        }
        for (var e : groups.entrySet()) {
            List<Field<?>> fields = e.getKey().fields();
            List<TableRecord<?>> rows = e.getValue();
            for (int from = 0; from < rows.size(); from += CHUNK) {
                BatchBindStep batch = tx.batch(tx.insertInto(e.getKey().table(), fields)
                        .values(new Object[fields.size()]));
                for (TableRecord<?> r : rows.subList(from, Math.min(rows.size(), from + CHUNK))) {
                    Object[] values = new Object[fields.size()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = r.get(fields.get(i));
                    }
                    batch = batch.bind(values);
                }
                batch.execute();
            }
        }
    }

    private record Key(Table<?> table, List<Field<?>> fields) {
    }
}
