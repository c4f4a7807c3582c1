package mturk.reactive.model.wire;

import java.util.Map;
import java.util.Objects;

/**
 * Receives the form parameters of one request, one name/value pair at a time. The encoders of
 * {@link WireParameters} never call {@link #put} with a null name or value.
 */
@FunctionalInterface
public interface ParameterSink {

    /**
     * Adds one parameter.
     *
     * @param name  the wire name, e.g. {@code Reward.1.Amount}; never null
     * @param value the wire value; never null
     */
    void put(String name, String value);

    /**
     * A sink that stores every parameter into a map (a later value replaces an earlier one of the same name).
     *
     * @param target the map to fill; not null
     * @return the sink
     */
    static ParameterSink into(Map<String, String> target) {
        Objects.requireNonNull(target, "target");
        return target::put;
    }
}
