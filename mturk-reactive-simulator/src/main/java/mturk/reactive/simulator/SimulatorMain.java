package mturk.reactive.simulator;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar mturk-simulator.jar [flags]}: runs the simulator until SIGTERM (or Ctrl-C). The first line on
 * standard output contains {@code http://HOST:PORT/} with the real port. Bad flags print a message and exit with 2.
 */
public final class SimulatorMain {
    static final String USAGE = """
            Usage: java -jar mturk-simulator.jar [options]
              --port N              port to listen on (0 = any free port; default 0)
              --host H              address to bind (default 127.0.0.1)
              --access-key K        access key id to accept (default %s)
              --secret-key S        secret key (default %s)
              --balance AMOUNT      starting balance in USD (default 10000.00)
              --auto-work           simulated workers take and submit HITs on their own
              --workers N           number of simulated workers (default 10)
              --work-delay DURATION time from accept to submit: 30s, 5m, 2h, 1d, PT30S or seconds (default 30s)
              --fault-throttle R    rate 0..1 of HTTP 503 AWS.ServiceUnavailable
              --fault-reset R       rate 0..1 of connections closed without a response
              --fault-reset-mode M  before (nothing changed, default), after (the operation ran) or random
              --fault-truncate R    rate 0..1 of bodies cut in half
              --fault-slow R        rate 0..1 of bodies trickled slowly
              --fault-malformed R   rate 0..1 of bodies that are not well-formed XML
              --seed N              seed of ids, workers, answers and faults (default 1)
              --help                this text
            """.formatted(MTurkSimulator.DEFAULT_ACCESS_KEY, MTurkSimulator.DEFAULT_SECRET_KEY);

    private static final java.util.Set<String> FLAGS = java.util.Set.of("--help", "-h", "--port", "--host",
            "--access-key", "--secret-key", "--balance", "--auto-work", "--workers", "--work-delay", "--fault-throttle",
            "--fault-reset", "--fault-reset-mode", "--fault-truncate", "--fault-slow", "--fault-malformed", "--seed");

    private SimulatorMain() {
    }

    /** Thrown for a bad command line. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /** Parsed options. */
    record Options(MTurkSimulator.Builder builder, double throttle, double reset, Faults.ResetMode resetMode,
                   double truncate, double slow, double malformed, boolean help) {
    }

    /** Entry point. */
    public static void main(String[] args) {
        Options options;
        try {
            options = parse(args);
        } catch (UsageException e) {
            System.err.println("mturk-simulator: " + e.getMessage());
            System.err.println("Try --help.");
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(USAGE);
            return;
        }
        MTurkSimulator sim = start(options, System.out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sim.close();
            stopped.countDown();
        }, "mturk-simulator-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts a simulator for the options and prints the banner (first line: the URL). */
    static MTurkSimulator start(Options options, PrintStream out) {
        MTurkSimulator sim = options.builder().start();
        sim.faults().throttle(options.throttle()).reset(options.reset(), options.resetMode())
                .truncate(options.truncate())
                .slow(options.slow()).malformed(options.malformed());
        out.println("MTurk 2014-08-15 simulator listening on " + sim.endpoint());
        out.println("access key: " + sim.accessKey());
        out.println("secret key: " + sim.secretKey());
        out.println("balance: " + sim.balance());
        out.flush();
        return sim;
    }

    static Options parse(String[] args) throws UsageException {
        MTurkSimulator.Builder b = MTurkSimulator.builder();
        double[] rates = new double[5];
        String accessKey = MTurkSimulator.DEFAULT_ACCESS_KEY;
        String secretKey = MTurkSimulator.DEFAULT_SECRET_KEY;
        boolean help = false;
        Faults.ResetMode resetMode = Faults.ResetMode.BEFORE_STATE_CHANGE;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            String value = null;
            int eq = flag.indexOf('=');
            if (flag.startsWith("--") && eq > 0) {
                value = flag.substring(eq + 1);
                flag = flag.substring(0, eq);
            }
            if (!FLAGS.contains(flag)) {
                throw new UsageException("unknown option " + flag);
            }
            boolean takesValue = !flag.equals("--auto-work") && !flag.equals("--help") && !flag.equals("-h");
            if (takesValue && value == null) {
                if (i + 1 >= args.length) {
                    throw new UsageException(flag + " needs a value");
                }
                value = args[++i];
            }
            try {
                switch (flag) {
                    case "--help", "-h" -> help = true;
                    case "--port" -> b.port(Integer.parseInt(value));
                    case "--host" -> b.host(value);
                    case "--access-key" -> accessKey = value;
                    case "--secret-key" -> secretKey = value;
                    case "--balance" -> b.balance(new BigDecimal(value));
                    case "--auto-work" -> b.autoWork(true);
                    case "--workers" -> b.workers(Integer.parseInt(value));
                    case "--work-delay" -> b.workDelay(duration(value));
                    case "--fault-throttle" -> rates[0] = rate(flag, value);
                    case "--fault-reset" -> rates[1] = rate(flag, value);
                    case "--fault-reset-mode" -> resetMode = switch (value) {
                        case "before" -> Faults.ResetMode.BEFORE_STATE_CHANGE;
                        case "after" -> Faults.ResetMode.AFTER_STATE_CHANGE;
                        case "random" -> Faults.ResetMode.RANDOM;
                        default -> throw new UsageException(flag + ": '" + value
                                + "' must be before, after or random");
                    };
                    case "--fault-truncate" -> rates[2] = rate(flag, value);
                    case "--fault-slow" -> rates[3] = rate(flag, value);
                    case "--fault-malformed" -> rates[4] = rate(flag, value);
                    case "--seed" -> b.seed(Long.parseLong(value));
                    default -> throw new UsageException("unknown option " + flag);
                }
            } catch (NumberFormatException | DateTimeParseException e) {
                throw new UsageException(flag + ": '" + value + "' is not a valid value");
            } catch (IllegalArgumentException e) {
                throw new UsageException(flag + ": " + e.getMessage());
            }
        }
        try {
            b.credentials(accessKey, secretKey);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        return new Options(b, rates[0], rates[1], resetMode, rates[2], rates[3], rates[4], help);
    }

    private static double rate(String flag, String value) throws UsageException {
        double r = Double.parseDouble(value);
        if (!(r >= 0 && r <= 1)) {
            throw new UsageException(flag + ": rate " + value + " must be between 0 and 1");
        }
        return r;
    }

    static Duration duration(String s) {
        String v = s.trim().toLowerCase(Locale.ROOT);
        if (v.startsWith("p")) {
            return Duration.parse(s.trim().toUpperCase(Locale.ROOT));
        }
        if (v.matches("\\d+")) {
            return Duration.ofSeconds(Long.parseLong(v));
        }
        if (v.matches("\\d+ms")) {
            return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
        }
        if (v.matches("\\d+[smhd]")) {
            long n = Long.parseLong(v.substring(0, v.length() - 1));
            return switch (v.charAt(v.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        throw new NumberFormatException(s);
    }
}
