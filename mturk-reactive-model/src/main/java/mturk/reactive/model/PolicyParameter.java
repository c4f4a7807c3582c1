package mturk.reactive.model;

import java.util.List;

/**
 * One parameter of a review policy ({@code PolicyParameter}): a key with plain values or map entries, e.g.
 * {@code ApproveIfKnownAnswerScoreIsAtLeast = 80} or {@code AnswerKey = {q1 -> [A]}}.
 *
 * @param key        the parameter name; not blank
 * @param values     the plain values; copied, never null
 * @param mapEntries the map entries; copied, never null
 */
public record PolicyParameter(String key, List<String> values, List<ParameterMapEntry> mapEntries) {

    /**
     * Validates the key and copies the lists.
     *
     * @param key        the parameter name; not blank
     * @param values     the plain values; copied, never null
     * @param mapEntries the map entries; copied, never null
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public PolicyParameter {
        Limits.requireNonBlank("key", key);
        values = List.copyOf(Limits.noNullElements("values", values == null ? List.of() : values));
        mapEntries = List.copyOf(Limits.noNullElements("mapEntries", mapEntries == null ? List.of() : mapEntries));
    }

    /**
     * A parameter with plain values.
     *
     * @param key    the name
     * @param values the values
     * @return the parameter
     */
    public static PolicyParameter of(String key, String... values) {
        return new PolicyParameter(key, List.of(values), List.of());
    }

    /**
     * A parameter with map entries.
     *
     * @param key     the name
     * @param entries the entries
     * @return the parameter
     */
    public static PolicyParameter ofMap(String key, ParameterMapEntry... entries) {
        return new PolicyParameter(key, List.of(), List.of(entries));
    }
}
