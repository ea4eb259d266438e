package nl.kring.store;

import java.sql.SQLException;

/** Recognises kinds of database failure for callers that may not look at SQL themselves (the UI). */
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
