package nl.kring.vault;

import org.h2.api.Trigger;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Keeps a table's row digest (count and sum of row hashes, {@link RowDigests}) up to date in the transaction of the
 * write that changes the table: H2 calls it for every inserted, updated and deleted row, so a crash either keeps a
 * write together with its digest or loses both. Installed on every table by {@link RowDigests#rebuild}.
 */
public final class RowDigestTrigger implements Trigger {
    private String table;

    public RowDigestTrigger() {
        // H2 creates it by reflection
    }

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
        this.table = tableName;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        long count = 0;
        BigInteger delta = BigInteger.ZERO;
        if (newRow != null) {
            count++;
            delta = delta.add(RowDigests.rowHash(table, newRow));
        }
        if (oldRow != null) {
            count--;
            delta = delta.subtract(RowDigests.rowHash(table, oldRow));
        }
        if (count == 0 && delta.signum() == 0) {
            return;
        }
        try (PreparedStatement ps = conn.prepareStatement("UPDATE PUBLIC.INTEGRITY_DIGEST SET ROW_COUNT = ROW_COUNT + ?,"
                + " ROW_SUM = ROW_SUM + ? WHERE TABLE_NAME = ?")) {
            ps.setLong(1, count);
            ps.setBigDecimal(2, new BigDecimal(delta));
            ps.setString(3, table);
            if (ps.executeUpdate() != 1) {
                // A write the digest cannot follow is refused rather than left out of it.
                throw new SQLException("The integrity digest of table " + table + " is missing.");
            }
        }
    }
}
