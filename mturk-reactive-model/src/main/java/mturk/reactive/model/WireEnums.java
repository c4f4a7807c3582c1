package mturk.reactive.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Shared plumbing of the {@link WireEnum} types and of records that carry an enum with its raw wire string. */
final class WireEnums {

    private WireEnums() {
    }

    static <E extends Enum<E> & WireEnum> Map<String, E> index(E[] constants) {
        Map<String, E> byWire = new HashMap<>();
        for (E constant : constants) {
            if (constant.isKnown()) {
                byWire.put(key(constant.wireValue()), constant);
            }
        }
        for (E constant : constants) {
            if (constant.isKnown()) {
                // the exact spelling too, so the common case is one hash lookup without building a key
                byWire.putIfAbsent(constant.wireValue(), constant);
            }
        }
        return Map.copyOf(byWire);
    }

    static <E> E lookup(Map<String, E> byWire, String wire, E unknown) {
        Objects.requireNonNull(wire, "wire");
        E exact = byWire.get(wire);
        return exact != null ? exact : byWire.getOrDefault(key(wire), unknown);
    }

    static String requireWireValue(WireEnum constant, String wireValue) {
        if (wireValue == null) {
            throw new IllegalStateException(constant.getClass().getSimpleName() + "." + constant.name()
                    + " has no wire value; read the raw value from the record's ...Wire component");
        }
        return wireValue;
    }

    /**
     * Completes the enum half of an (enum, raw string) pair: the enum read from the raw string when only the raw
     * string is given, else the enum as given.
     */
    static <E extends WireEnum> E resolve(E value, String wire, Function<String, E> fromWire) {
        return value == null && wire != null ? fromWire.apply(wire) : value;
    }

    /**
     * Completes the raw half of an (enum, raw string) pair and checks that both halves agree.
     *
     * @throws IllegalArgumentException if the enum is {@code UNKNOWN} without a raw string, or the halves disagree
     */
    static <E extends WireEnum> String wire(String field, E value, String wire, Function<String, E> fromWire) {
        if (value == null) {
            return wire;
        }
        if (wire == null) {
            if (!value.isKnown()) {
                throw new IllegalArgumentException(field + " UNKNOWN needs its raw wire value in " + field + "Wire");
            }
            return value.wireValue();
        }
        E read = fromWire.apply(wire);
        if (read != value) {
            throw new IllegalArgumentException(field + " " + value.name() + " does not match " + field + "Wire '"
                    + wire + "'");
        }
        return wire;
    }

    private static String key(String wire) {
        return wire.strip().toLowerCase(Locale.ROOT);
    }
}
