package nl.kring.store;

import java.sql.SQLException;

/** Kinds of database failure, recognised here so that no layer above the store needs to know SQL or jOOQ types. */
public final class StoreFailures {
    private StoreFailures() {
    }

    /** True when a foreign-key or unique constraint refused the change (SQLState class 23). */
    public static boolean isConstraintViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.jooq.exception.IntegrityConstraintViolationException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
