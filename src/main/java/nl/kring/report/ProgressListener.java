package nl.kring.report;

/**
 * Progress of an export, for a background task in the UI. Messages carry file names and counts only, never client
 * data, so they are safe to show and to log.
 */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total, file) -> {
    };

    /** Called after each file is rendered: {@code done} of {@code total}, the file just rendered. */
    void progress(int done, int total, String fileName);

    /** Something the chair should know (e.g. the identity guard masked text the pseudonymiser had missed). */
    default void warning(String message) {
    }

    /** Polled between files; when true the export stops and leaves no file behind. */
    default boolean isCancelled() {
        return false;
    }
}
