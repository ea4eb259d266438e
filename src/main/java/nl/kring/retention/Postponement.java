package nl.kring.retention;

import nl.kring.store.SettingRepository;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * "Later" at the retention question is not forever (handreiking point 10): the chair's choice is kept in the vault with
 * its date, Kring asks again {@link #ASK_AGAIN_DAYS} days later, and the Overzicht shows since when the destruction
 * has been put off. Once nothing is past its period the record goes.
 */
public record Postponement(LocalDate since, LocalDate last) {
    public static final int ASK_AGAIN_DAYS = 7;
    static final String SINCE = "retention.postponedSince";
    static final String LAST = "retention.postponedOn";

    /** The day Kring asks again. */
    public LocalDate askAgainOn() {
        return last.plusDays(ASK_AGAIN_DAYS);
    }

    /** Whether the question is due at unlock on {@code today}. */
    public boolean askOn(LocalDate today) {
        return !today.isBefore(askAgainOn());
    }

    public static Optional<Postponement> load(SettingRepository settings) {
        try {
            Optional<LocalDate> last = settings.get(LAST).filter(s -> !s.isBlank()).map(LocalDate::parse);
            if (last.isEmpty()) {
                return Optional.empty();
            }
            LocalDate since = settings.get(SINCE).filter(s -> !s.isBlank()).map(LocalDate::parse).orElse(last.get());
            return Optional.of(new Postponement(since, last.get()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The chair said "Later" on {@code today}: the first postponement's date stays. */
    public static Postponement record(SettingRepository settings, LocalDate today) {
        LocalDate since = load(settings).map(Postponement::since).orElse(today);
        settings.put(SINCE, since.toString());
        settings.put(LAST, today.toString());
        return new Postponement(since, today);
    }

    /**
     * The check at unlock: with nothing past its period the postponement is over (cleared); else the question is
     * asked unless the chair said "Later" fewer than {@link #ASK_AGAIN_DAYS} days ago.
     */
    public static boolean shouldAsk(SettingRepository settings, boolean anythingDue, LocalDate today) {
        Optional<Postponement> p = load(settings);
        if (!anythingDue) {
            if (p.isPresent()) {
                clear(settings);
            }
            return false;
        }
        return p.map(x -> x.askOn(today)).orElse(true);
    }

    /** Nothing is past its period any more: the postponement is over. */
    public static void clear(SettingRepository settings) {
        settings.put(SINCE, "");
        settings.put(LAST, "");
    }
}
