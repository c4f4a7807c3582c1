package mturk.reactive.simulator.junit;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import mturk.reactive.core.Credentials;
import mturk.reactive.core.Endpoint;
import mturk.reactive.core.MTurkClient;
import mturk.reactive.simulator.Faults;
import mturk.reactive.simulator.MTurkSimulator;
import mturk.reactive.simulator.SimulatedWorkers;
import mturk.reactive.simulator.SimulatorClock;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension: one simulator per test class (configured by {@link MTurkSimulatorTest} when present), closed
 * with its client when the class's tests are done. Resolves parameters of type {@link MTurkSimulator},
 * {@link MTurkClient}, {@link SimulatedWorkers}, {@link SimulatorClock} and {@link Faults}. JUnit Jupiter is a
 * provided dependency of the simulator: bring your own.
 */
public final class MTurkSimulatorExtension implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(MTurkSimulatorExtension.class);

    /** Holds the per-class simulator and client; closed by JUnit with the class's store. */
    static final class Running implements AutoCloseable {
        final MTurkSimulator simulator;
        final MTurkClient client;

        Running(MTurkSimulator simulator) {
            this.simulator = simulator;
            this.client = MTurkClient.builder().endpoint(Endpoint.of(simulator.endpoint()))
                    .credentials(Credentials.of(simulator.accessKey(), simulator.secretKey())).build();
        }

        @Override
        public void close() {
            try {
                client.close();
            } finally {
                simulator.close();
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == MTurkSimulator.class || type == MTurkClient.class || type == SimulatedWorkers.class
                || type == SimulatorClock.class || type == Faults.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Running running = running(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == MTurkClient.class) {
            return running.client;
        }
        if (type == SimulatedWorkers.class) {
            return running.simulator.workers();
        }
        if (type == SimulatorClock.class) {
            return running.simulator.clock();
        }
        if (type == Faults.class) {
            return running.simulator.faults();
        }
        return running.simulator;
    }

    private static Running running(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
            classContext = classContext.getParent().get();
        }
        Class<?> testClass = classContext.getRequiredTestClass();
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(testClass, k -> start(testClass),
                Running.class);
    }

    private static Running start(Class<?> testClass) {
        Optional<MTurkSimulatorTest> options = Optional.ofNullable(testClass.getAnnotation(MTurkSimulatorTest.class));
        MTurkSimulator.Builder b = MTurkSimulator.builder();
        try {
            options.ifPresent(o -> b.seed(o.seed()).workers(o.workers()).autoWork(o.autoWork())
                    .workDelay(Duration.parse(o.workDelay())).balance(new BigDecimal(o.balance())));
        } catch (RuntimeException e) {
            throw new ParameterResolutionException("@MTurkSimulatorTest on " + testClass.getName() + ": "
                    + e.getMessage(), e);
        }
        if (options.map(MTurkSimulatorTest::realTimeClock).orElse(false)) {
            b.realTimeClock();
        } else {
            b.manualClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        }
        return new Running(b.start());
    }
}
