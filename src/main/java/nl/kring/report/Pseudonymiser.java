package nl.kring.report;

import java.util.Objects;
import java.util.function.Function;

/**
 * Turns raw text from the vault (minutes, decisions, justifications) into text fit for export: every mention of a
 * client, their relatives, address, BSN, date of birth or phone number replaced by a reference to the case number.
 * Supplied by the caller (the pseudonymisation engine); the report writer applies it to every piece of free text
 * that goes into a partner report or the verslag, and then applies its own {@link IdentityGuard} as a safety net.
 */
@FunctionalInterface
public interface Pseudonymiser {
    /**
     * @param caseNumber the case the text belongs to (context for "mevrouw", possessives …); may be null for text
     *                   that belongs to no single case
     * @param text       raw text, never null
     */
    String pseudonymise(String caseNumber, String text);

    /** Adapts an engine that needs no case context. */
    static Pseudonymiser of(Function<String, String> engine) {
        Objects.requireNonNull(engine);
        return (caseNumber, text) -> engine.apply(text);
    }
}
