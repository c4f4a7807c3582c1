package mturk.reactive.core.operation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The operation-specific form parameters of one request, immutable, names unique, in insertion order (the signer
 * sorts them). The common parameters ({@code Operation}, {@code Version}, {@code AWSAccessKeyId},
 * {@code SignatureVersion}, {@code Timestamp}, {@code Signature}) are added by the client and are refused here.
 *
 * <pre>{@code
 * Params p = Params.builder()
 *         .add("HITId", hitId)
 *         .addIfPresent("RequesterFeedback", feedback)   // null: omitted, never sent as "None"
 *         .add("Reward.1.Amount", new BigDecimal("0.05"))
 *         .build();
 * }</pre>
 */
public final class Params {

    private static final Params EMPTY = new Params(Map.of());
    private static final java.util.Set<String> RESERVED = java.util.Set.of(
            "Operation", "Version", "AWSAccessKeyId", "SignatureVersion", "Timestamp", "Signature");

    private final Map<String, String> values;

    private Params(Map<String, String> values) {
        this.values = values;
    }

    /** @return no parameters */
    public static Params empty() {
        return EMPTY;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param params name/value pairs, in order
     * @return parameters holding them
     */
    public static Params of(Map<String, String> params) {
        Builder b = builder();
        params.forEach(b::add);
        return b.build();
    }

    /** @return the parameters, unmodifiable, in insertion order */
    public Map<String, String> asMap() {
        return values;
    }

    /**
     * @param name a parameter name
     * @return its value, or {@code null}
     */
    public String get(String name) {
        return values.get(name);
    }

    /**
     * @param name  a parameter name, not yet present
     * @param value its value
     * @return new parameters with that one added (used by the client for the {@code UniqueRequestToken})
     */
    public Params with(String name, String value) {
        return builder().addAll(this).add(name, value).build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Params p && values.equals(p.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "Params" + values;
    }

    /** Builds {@link Params}; not thread-safe. */
    public static final class Builder {
        private final LinkedHashMap<String, String> values = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * @param name  wire name, e.g. {@code HITId} or {@code QualificationRequirement.1.Comparator}
         * @param value the value, sent as is (UTF-8)
         * @return this builder
         * @throws IllegalArgumentException if the name is empty, reserved or repeated
         */
        public Builder add(String name, String value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, () -> "value of parameter " + name);
            if (name.isEmpty()) {
                throw new IllegalArgumentException("parameter name must not be empty");
            }
            if (RESERVED.contains(name)) {
                throw new IllegalArgumentException("parameter " + name + " is set by the client and cannot be given");
            }
            if (values.putIfAbsent(name, value) != null) {
                throw new IllegalArgumentException("parameter " + name + " given twice");
            }
            return this;
        }

        /**
         * @param name  wire name
         * @param value the value; {@code null} adds nothing
         * @return this builder
         */
        public Builder addIfPresent(String name, String value) {
            return value == null ? this : add(name, value);
        }

        /**
         * @param name  wire name
         * @param value an integer
         * @return this builder
         */
        public Builder add(String name, long value) {
            return add(name, Long.toString(value));
        }

        /**
         * @param name  wire name
         * @param value a decimal, written without exponent ({@code toPlainString})
         * @return this builder
         */
        public Builder add(String name, BigDecimal value) {
            return add(name, Objects.requireNonNull(value, name).toPlainString());
        }

        /**
         * Adds a boolean as the documented lowercase {@code true}/{@code false} (boto2 sent {@code True}).
         *
         * @param name  wire name
         * @param value the boolean
         * @return this builder
         */
        public Builder add(String name, boolean value) {
            return add(name, value ? "true" : "false");
        }

        /**
         * Adds {@code name.1 … name.N}.
         *
         * @param name   wire name prefix, e.g. {@code WorkerId}
         * @param values the values, in order
         * @return this builder
         */
        public Builder addList(String name, List<String> values) {
            for (int i = 0; i < values.size(); i++) {
                add(name + "." + (i + 1), values.get(i));
            }
            return this;
        }

        /**
         * @param other parameters to copy
         * @return this builder
         */
        public Builder addAll(Params other) {
            other.values.forEach(this::add);
            return this;
        }

        /** @return the immutable parameters */
        public Params build() {
            return values.isEmpty() ? EMPTY : new Params(Collections.unmodifiableMap(new LinkedHashMap<>(values)));
        }
    }

    /** @return the names, in insertion order */
    public List<String> names() {
        return new ArrayList<>(values.keySet());
    }
}
