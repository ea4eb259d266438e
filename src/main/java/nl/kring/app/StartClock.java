package nl.kring.app;

/** When the process started its own work, for {@code --smoke}'s "first frame after N ms". */
public final class StartClock {
    private static volatile long startNanos = System.nanoTime();

    private StartClock() {
    }

    /** Called first thing in {@code main}. */
    public static void mark() {
        startNanos = System.nanoTime();
    }

    public static long millisSinceStart() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
