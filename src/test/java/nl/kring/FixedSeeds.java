package nl.kring;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Gives every jqwik property a fixed seed derived from its name, so that {@code ./mvnw verify} runs the same tries on
 * every clone and a red build is never luck. The profile {@code -Pexplore} sets {@code kring.jqwik.explore=true}:
 * then jqwik's random seeds are kept, to look for new failures; each one found becomes an {@code @Example}.
 * Registered for all tests in META-INF/services/net.jqwik.api.lifecycle.LifecycleHook.
 */
public final class FixedSeeds implements AroundPropertyHook {

    static final String EXPLORE = "kring.jqwik.explore";

    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS; // a hook from the service loader sits on the engine, above every class
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        if (!Boolean.getBoolean(EXPLORE) && context.attributes().seed().filter(s -> !s.isEmpty()).isEmpty()) {
            context.attributes().setSeed(seedFor(context.targetMethod().getDeclaringClass().getName() + "#"
                    + context.targetMethod().getName()));
        }
        return property.execute();
    }

    /** The seed of one property: stable across runs, machines and the order the properties run in. */
    static String seedFor(String propertyName) {
        CRC32 crc = new CRC32();
        crc.update(propertyName.getBytes(StandardCharsets.UTF_8));
        return Long.toString(crc.getValue());
    }
}
