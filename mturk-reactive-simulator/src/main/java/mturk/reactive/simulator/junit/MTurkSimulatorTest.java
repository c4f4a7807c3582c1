package mturk.reactive.simulator.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated test class against one {@link mturk.reactive.simulator.MTurkSimulator} (started before the
 * first test, closed after the last) and injects, as constructor or test-method parameters, the
 * {@code MTurkSimulator}, a ready {@code mturk.reactive.core.MTurkClient} pointed at it, its
 * {@code SimulatedWorkers}, {@code SimulatorClock} and {@code Faults}. State is shared by the tests of the class.
 * <pre>{@code
 * @MTurkSimulatorTest(autoWork = true)
 * class PublisherTest {
 *     @Test
 *     void publishes(MTurkClient client, MTurkSimulator sim) { ... }
 * }
 * }</pre>
 * Using {@code @ExtendWith(MTurkSimulatorExtension.class)} alone gives the same defaults.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(MTurkSimulatorExtension.class)
public @interface MTurkSimulatorTest {
    /** Seed of ids, workers, answers and faults. */
    long seed() default 1;

    /** Number of simulated workers. */
    int workers() default 10;

    /** Whether workers take HITs on their own. */
    boolean autoWork() default false;

    /** Simulated accept-to-submit time, ISO-8601 ({@code PT30S}). */
    String workDelay() default "PT30S";

    /** Starting balance in USD. */
    String balance() default "10000.00";

    /**
     * Whether simulated time follows the wall clock; by default it moves only through
     * {@code SimulatorClock.advance} (starting at the wall-clock time of the start, whole seconds).
     */
    boolean realTimeClock() default false;
}
