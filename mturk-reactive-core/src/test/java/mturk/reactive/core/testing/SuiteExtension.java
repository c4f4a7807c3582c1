package mturk.reactive.core.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import reactor.blockhound.BlockHound;

/**
 * Registered for the whole suite through JUnit's extension auto-detection
 * ({@code META-INF/services/org.junit.jupiter.api.extension.Extension}): installs the leak-report collector before
 * any Netty buffer class is initialised, then BlockHound, so that any blocking call on a Reactor or Netty non-blocking
 * thread fails the test that made it.
 */
public final class SuiteExtension implements BeforeAllCallback {

    static {
        LeakReports.install();
        BlockHound.install();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        // the static initialiser did the work; nothing per class
    }
}
