package mturk.reactive.simulator;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import mturk.reactive.simulator.internal.Engine;
import mturk.reactive.simulator.internal.Fees;

/**
 * A local, stateful Amazon Mechanical Turk Requester service, version 2014-08-15, speaking the REST protocol
 * (form POST or GET to {@code /}, SignatureVersion 1 or the older MTurk signature, XML responses) so that unchanged
 * legacy clients (boto 2.49) and the mturk-reactive client can run against it.
 * <pre>{@code
 * try (MTurkSimulator sim = MTurkSimulator.builder().autoWork(true).start()) {
 *     URI endpoint = sim.endpoint();          // http://127.0.0.1:PORT/
 *     sim.clock().advance(Duration.ofHours(1)); // workers submit, HITs expire, auto-approval runs
 * }
 * }</pre>
 * <h2>Money</h2>
 * The account starts with {@link Builder#balance(BigDecimal)} (default $10,000.00). CreateHIT and ExtendHIT check
 * that the balance covers the HIT's full liability ({@code (reward + fee) x MaxAssignments}) and fail with
 * {@code AWS.MechanicalTurk.InsufficientFunds} otherwise, but charge nothing. The balance is debited when an assignment
 * is approved (reward + fee; ApproveAssignment, ApproveRejectedAssignment, auto-approval, DisableHIT) and when a bonus
 * is granted (bonus + fee). Explicit approvals and bonuses fail with InsufficientFunds when the balance is short;
 * automatic approvals always go through (the balance may go negative). The fee rule is in {@link Fees}: 20% of the
 * reward, 40% for HITs with 10 or more assignments, at least $0.01 per assignment (none on a $0.00 reward); 20% of a
 * bonus, at least $0.01; rounded half-up to the cent. OnHoldBalance is not reported (always 0 in the service).
 * <h2>Threads</h2>
 * Requests are served by Reactor Netty event loops; all state lives on one dedicated state thread, so operations are
 * serialised without locks (no deadlock, no lost update) and an event loop never waits. The Java handles
 * ({@link #workers()}, {@link #clock()}) wait for their task on that thread: call them from test or application
 * threads, not from an event loop. {@link #faults()} is lock-free. Instances are thread-safe.
 */
public final class MTurkSimulator implements AutoCloseable {
    /** Default access key id. */
    public static final String DEFAULT_ACCESS_KEY = "AKIDMTURKSIMULATOR";
    /** Default secret key. */
    public static final String DEFAULT_SECRET_KEY = "mturk-simulator-secret";

    private final Engine engine;
    private final String accessKey;
    private final String secretKey;
    private final Faults faults;
    private final Notifications notifications;
    private final SimulatedWorkers workers;
    private final SimulatorClock clock;

    private MTurkSimulator(Builder b) {
        this.accessKey = b.accessKey;
        this.secretKey = b.secretKey;
        this.faults = new Faults(b.seed);
        this.notifications = new Notifications();
        Instant start = b.clockStart != null ? b.clockStart : Instant.now().truncatedTo(ChronoUnit.SECONDS);
        this.engine = new Engine(new Engine.Config(b.host, b.port, b.accessKey, b.secretKey, b.balance, b.seed,
                b.workers, start, b.realTime, b.timestampTolerance), faults, notifications::record);
        this.workers = new SimulatedWorkers(engine);
        this.clock = new SimulatorClock(engine);
        workers.workDelay(b.workDelay);
        if (b.answerPolicy != null) {
            workers.answerPolicy(b.answerPolicy);
        }
        if (b.autoWork) {
            workers.autoWork(true);
        }
    }

    /** A builder with the defaults: 127.0.0.1, any free port, default keys, $10,000.00, seed 1, 10 workers. */
    public static Builder builder() {
        return new Builder();
    }

    /** The service URL, {@code http://HOST:PORT/}. */
    public URI endpoint() {
        return engine.endpoint();
    }

    /** The port bound. */
    public int port() {
        return engine.endpoint().getPort();
    }

    /** The access key id the simulator accepts. */
    public String accessKey() {
        return accessKey;
    }

    /** The secret key requests must be signed with. */
    public String secretKey() {
        return secretKey;
    }

    /** The simulated workers (population, automatic work, scripting). */
    public SimulatedWorkers workers() {
        return workers;
    }

    /** The controllable clock. */
    public SimulatorClock clock() {
        return clock;
    }

    /** Fault injection, settable at runtime. */
    public Faults faults() {
        return faults;
    }

    /** Notifications sent or recorded. */
    public Notifications notifications() {
        return notifications;
    }

    /** The account's available balance. */
    public BigDecimal balance() {
        return engine.call(() -> engine.state().balance());
    }

    /** Stops the server and the state thread. Idempotent. */
    @Override
    public void close() {
        engine.close();
        notifications.complete();
    }

    /** Configuration of a simulator. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port;
        private String accessKey = DEFAULT_ACCESS_KEY;
        private String secretKey = DEFAULT_SECRET_KEY;
        private BigDecimal balance = new BigDecimal("10000.00");
        private long seed = 1;
        private int workers = 10;
        private boolean autoWork;
        private Duration workDelay = Duration.ofSeconds(30);
        private AnswerPolicy answerPolicy;
        private Instant clockStart;
        private boolean realTime = true;
        private Duration timestampTolerance = Duration.ofMinutes(15);

        private Builder() {
        }

        /** The address to bind (default 127.0.0.1). */
        public Builder host(String host) {
            if (host == null || host.isBlank()) {
                throw new IllegalArgumentException("host: must not be blank");
            }
            this.host = host;
            return this;
        }

        /** The port (0 = any free port, the default). */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port: " + port + " must be between 0 and 65535");
            }
            this.port = port;
            return this;
        }

        /** The only key pair accepted. */
        public Builder credentials(String accessKey, String secretKey) {
            if (accessKey == null || accessKey.isBlank() || secretKey == null || secretKey.isEmpty()) {
                throw new IllegalArgumentException("credentials: access key and secret key must not be blank");
            }
            this.accessKey = accessKey;
            this.secretKey = secretKey;
            return this;
        }

        /** The starting available balance in USD (default 10000.00). */
        public Builder balance(BigDecimal balance) {
            if (balance == null || balance.signum() < 0 || balance.stripTrailingZeros().scale() > 2) {
                throw new IllegalArgumentException("balance: " + balance + " must be >= 0 with at most 2 decimals");
            }
            this.balance = balance;
            return this;
        }

        /** The seed of ids, workers, answers and faults (default 1). */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** The number of simulated workers (default 10). */
        public Builder workers(int count) {
            if (count < 0 || count > 100_000) {
                throw new IllegalArgumentException("workers: " + count + " must be between 0 and 100000");
            }
            this.workers = count;
            return this;
        }

        /** Whether workers take HITs on their own (default false). */
        public Builder autoWork(boolean on) {
            this.autoWork = on;
            return this;
        }

        /** Simulated time from accepting to submitting (default 30 s). */
        public Builder workDelay(Duration delay) {
            if (delay == null || delay.isNegative()) {
                throw new IllegalArgumentException("workDelay: " + delay + " must be zero or positive");
            }
            this.workDelay = delay;
            return this;
        }

        /** How workers answer (default {@link AnswerPolicy#generated()}). */
        public Builder answerPolicy(AnswerPolicy policy) {
            this.answerPolicy = policy;
            return this;
        }

        /** Simulated time follows the wall clock, plus whatever {@link SimulatorClock#advance} adds (default). */
        public Builder realTimeClock() {
            this.realTime = true;
            return this;
        }

        /** Simulated time moves only through {@link SimulatorClock#advance}, starting at {@code start}. */
        public Builder manualClock(Instant start) {
            if (start == null) {
                throw new IllegalArgumentException("start: must not be null");
            }
            this.realTime = false;
            this.clockStart = start;
            return this;
        }

        /** How far a request Timestamp may be from the wall clock (default 15 minutes). */
        public Builder timestampTolerance(Duration tolerance) {
            if (tolerance == null || tolerance.isNegative()) {
                throw new IllegalArgumentException("timestampTolerance: " + tolerance + " must be positive");
            }
            this.timestampTolerance = tolerance;
            return this;
        }

        /** Binds the server and starts the simulator. */
        public MTurkSimulator start() {
            return new MTurkSimulator(this);
        }
    }
}
