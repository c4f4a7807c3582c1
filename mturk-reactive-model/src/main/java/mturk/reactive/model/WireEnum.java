package mturk.reactive.model;

/**
 * An enumerated wire value of the API. Every such enum has one constant per documented value plus {@code UNKNOWN},
 * which stands for a value the service added after this SDK was written.
 *
 * <p>How unknown values stay readable: reading never fails on an unrecognised string ({@code fromWire} returns
 * {@code UNKNOWN}), and every record component of an enum type {@code x} has a companion {@code String xWire} that
 * holds the exact string the service sent. Records fill the missing half themselves: give them either the enum or
 * the raw string. Requests refuse {@code UNKNOWN} where they would have to send it without a raw string.
 */
public interface WireEnum {

    /**
     * The exact wire spelling, e.g. {@code "Assignable"}.
     *
     * @return the spelling, never null
     * @throws IllegalStateException for {@code UNKNOWN}
     */
    String wireValue();

    /**
     * The Java constant name (implemented by {@link Enum}).
     *
     * @return the name of the constant
     */
    String name();

    /**
     * Whether this is a documented value rather than {@code UNKNOWN}.
     *
     * @return false only for {@code UNKNOWN}
     */
    default boolean isKnown() {
        return !"UNKNOWN".equals(name());
    }
}
