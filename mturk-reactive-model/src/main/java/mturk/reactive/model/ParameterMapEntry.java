package mturk.reactive.model;

import java.util.List;

/**
 * One entry of a review-policy parameter map ({@code ParameterMapEntry}), e.g. a question id and its known answers.
 *
 * @param key    the key; not blank
 * @param values the values; copied, not null
 */
public record ParameterMapEntry(String key, List<String> values) {

    /**
     * Validates the key and copies the values.
     *
     * @param key    the key; not blank
     * @param values the values; copied, not null
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public ParameterMapEntry {
        Limits.requireNonBlank("key", key);
        values = List.copyOf(Limits.noNullElements("values", values));
    }

    /**
     * An entry.
     *
     * @param key    the key
     * @param values the values
     * @return the entry
     */
    public static ParameterMapEntry of(String key, String... values) {
        return new ParameterMapEntry(key, List.of(values));
    }
}
