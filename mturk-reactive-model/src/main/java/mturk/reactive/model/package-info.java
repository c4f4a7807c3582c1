/**
 * Immutable records of the MTurk 2014-08-15 Requester API responses, their value types and enumerated wire values.
 *
 * <p>Conventions. Acronyms are words in Java names ({@link mturk.reactive.model.Hit}, {@code hitTypeId}); wire
 * names such as {@code HITTypeId} appear only in codecs. Money is {@link java.math.BigDecimal} inside
 * {@link mturk.reactive.model.Price}; instants are {@link java.time.Instant}, spans {@link java.time.Duration}.
 * Response records accept whatever the service sends (most components are nullable because response groups omit
 * fields); the documented limits are enforced on the request side by {@link mturk.reactive.model.Limits}.
 * Large records ({@code Hit}, {@code Assignment}, {@code QualificationType}, ...) have a {@code builder()} whose
 * setters are named after the record components.
 *
 * <p>Unknown enumerated values. Every enumerated wire value is an enum implementing
 * {@link mturk.reactive.model.WireEnum} with {@code wireValue()}, a lenient {@code fromWire(String)} (case- and
 * white-space-insensitive) and an {@code UNKNOWN} constant for values the service added later. A record component
 * {@code x} of such an enum type always has a companion {@code String xWire} holding the exact string received, so
 * nothing is lost: give the record either half and it fills in the other (builders offer {@code x(E)} and
 * {@code xWire(String)}).
 */
package mturk.reactive.model;
