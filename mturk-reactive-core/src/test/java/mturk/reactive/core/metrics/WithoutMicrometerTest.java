package mturk.reactive.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mturk.reactive.core.MTurkClient;
import mturk.reactive.core.testing.Fixtures;
import mturk.reactive.core.testing.LoopbackServer;
import mturk.reactive.core.testing.LoopbackServer.Reply;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** The client without Micrometer on the classpath: core's classes loaded again by a loader that hides it. */
class WithoutMicrometerTest {

    static final Duration TIMEOUT = Duration.ofSeconds(30); // a guard against hangs, not a speed assertion

    /** Loads {@code mturk.reactive.core.*} itself from core's classes; refuses every {@code io.micrometer} class. */
    static final class HidingMicrometer extends URLClassLoader {
        final List<String> refused = new ArrayList<>();

        HidingMicrometer(URL coreClasses) {
            super(new URL[] {coreClasses}, WithoutMicrometerTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                if (name.startsWith("io.micrometer.")) {
                    refused.add(name);
                    throw new ClassNotFoundException(name);
                }
                if (name.startsWith("mturk.reactive.core.") && !name.startsWith("mturk.reactive.core.testing.")) {
                    Class<?> c = findLoadedClass(name);
                    if (c == null) {
                        try {
                            c = findClass(name);
                        } catch (ClassNotFoundException notInCoreClasses) {
                            return super.loadClass(name, resolve);
                        }
                    }
                    return c;
                }
                return super.loadClass(name, resolve);
            }
        }
    }

    static HidingMicrometer loader() {
        return new HidingMicrometer(MTurkClient.class.getProtectionDomain().getCodeSource().getLocation());
    }

    @Test
    void aClientWithoutMetricsBuildsAndCallsWithoutLoadingMicrometer() throws Exception {
        try (LoopbackServer server = LoopbackServer.start(); HidingMicrometer loader = loader()) {
            server.enqueue(Reply.xml(Fixtures.load("GetAccountBalance.xml")));
            Class<?> clientType = loader.loadClass("mturk.reactive.core.MTurkClient");
            Class<?> endpointType = loader.loadClass("mturk.reactive.core.Endpoint");
            Class<?> credentialsType = loader.loadClass("mturk.reactive.core.Credentials");
            Object builder = clientType.getMethod("builder").invoke(null);
            Class<?> builderType = builder.getClass();
            builderType.getMethod("endpoint", endpointType).invoke(builder,
                    endpointType.getMethod("of", String.class).invoke(null, server.endpoint().uri().toString()));
            builderType.getMethod("credentials", credentialsType).invoke(builder,
                    credentialsType.getMethod("of", String.class, String.class).invoke(null, "AKID", "SECRET"));
            try (AutoCloseable client = (AutoCloseable) builderType.getMethod("build").invoke(builder)) {
                Object balance = ((Mono<?>) clientType.getMethod("getAccountBalance").invoke(client)).block(TIMEOUT);
                assertEquals("mturk.reactive.model.AccountBalance", balance.getClass().getName());
            }
            for (String name : List.of("mturk.reactive.core.MTurkClient", "mturk.reactive.core.MTurkClient$Builder",
                    "mturk.reactive.core.OperationMetrics", "mturk.reactive.core.internal.OperationExecutor",
                    "mturk.reactive.core.internal.CallMeasurement")) {
                Class<?> c = loader.loadClass(name);
                c.getDeclaredFields(); // resolves every field and signature type: fails if one is a Micrometer type
                c.getDeclaredMethods();
                c.getDeclaredConstructors();
            }
            assertTrue(loader.refused.isEmpty(), "Micrometer classes asked for: " + loader.refused);
        }
    }

    @Test
    void theMicrometerBindingIsTheClassThatNeedsMicrometer() throws Exception {
        try (HidingMicrometer loader = loader()) {
            Class<?> binding = loader.loadClass(MicrometerOperationMetrics.class.getName());
            assertThrows(NoClassDefFoundError.class, binding::getDeclaredMethods);
            assertTrue(loader.refused.contains("io.micrometer.core.instrument.MeterRegistry"), "" + loader.refused);
        }
    }
}
