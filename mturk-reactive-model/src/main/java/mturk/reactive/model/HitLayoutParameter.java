package mturk.reactive.model;

/**
 * A value substituted into a HIT layout ({@code HITLayoutParameter}): {@code name} must match a {@code ${name}}
 * placeholder of the layout. The value is sent as a plain form parameter (no XML escaping by the client).
 *
 * @param name  the placeholder name; not blank
 * @param value the value; not null (may be empty)
 */
public record HitLayoutParameter(String name, String value) {

    /**
     * Validates that both components are present.
     *
     * @param name  the placeholder name; not blank
     * @param value the value; not null (may be empty)
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public HitLayoutParameter {
        Limits.requireNonBlank("name", name);
        Limits.requireNonNull("value", value);
    }

    /**
     * A layout parameter.
     *
     * @param name  the placeholder name
     * @param value the value
     * @return the parameter
     */
    public static HitLayoutParameter of(String name, String value) {
        return new HitLayoutParameter(name, value);
    }
}
