package nl.kring.domain;

import java.util.Collection;
import java.util.Optional;

/**
 * One part of a {@link CaseView}: either shown, shown-but-never-recorded, or explicitly hidden from the audience.
 * A hidden part never tells whether there is data behind it: {@link Hidden} looks the same whether the client has,
 * say, a phone number or not. The UI renders {@link Hidden} as "niet zichtbaar voor deze rol" and
 * {@link NotRecorded} as "niet ingevuld"; neither is ever a blank field.
 */
public sealed interface Part<T> permits Part.Shown, Part.NotRecorded, Part.Hidden {

    /** Shown to the audience; {@code value} is never null, never a blank string, never an empty collection. */
    record Shown<T>(T value) implements Part<T> {
        public Shown {
            if (value == null) {
                throw new IllegalArgumentException("a shown part has a value; use NotRecorded");
            }
        }
    }

    /** The audience may see this part, but nothing was recorded. */
    record NotRecorded<T>() implements Part<T> {
    }

    /** The audience may not see this part. Says nothing about whether data exists. */
    record Hidden<T>(HiddenReason reason) implements Part<T> {
        public Hidden {
            if (reason == null) {
                throw new IllegalArgumentException("a hidden part has a reason");
            }
        }
    }

    /** Shown, or NotRecorded when the value is null, a blank string or an empty collection. */
    static <T> Part<T> of(T value) {
        if (value == null
                || value instanceof String s && s.isBlank()
                || value instanceof Collection<?> c && c.isEmpty()) {
            return new NotRecorded<>();
        }
        return new Shown<>(value);
    }

    static <T> Part<T> hidden(HiddenReason reason) {
        return new Hidden<>(reason);
    }

    default boolean isShown() {
        return this instanceof Shown;
    }

    default boolean isHidden() {
        return this instanceof Hidden;
    }

    /** The value when shown; empty when not recorded or hidden. */
    default Optional<T> shownValue() {
        return this instanceof Shown<T> s ? Optional.of(s.value()) : Optional.empty();
    }
}
