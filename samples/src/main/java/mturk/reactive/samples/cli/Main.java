package mturk.reactive.samples.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mturk.reactive.core.MTurkException;
import mturk.reactive.samples.batch.InputException;
import reactor.core.Exceptions;

/**
 * The entry point of {@code mturk.jar}: {@code java -jar samples/target/mturk.jar COMMAND [options]}.
 *
 * <p>Exit status: 0 on success; 1 when the service or the network failed, or some items failed; 2 for a bad command
 * line or bad input (nothing was sent); 3 when {@code publish} found the balance too low.
 */
public final class Main {

    /** Exit status of a bad command line or bad input. */
    public static final int USAGE = 2;

    private Main() {
    }

    /**
     * Runs the command line and exits with its status. Unless told otherwise, Netty uses its pooled buffer allocator:
     * the adaptive one that Netty 4.2 picks by default registers Flight Recorder events when it first allocates,
     * which cost this short-lived tool seconds of start-up on a busy machine.
     */
    public static void main(String[] args) {
        if (System.getProperty("io.netty.allocator.type") == null) {
            System.setProperty("io.netty.allocator.type", "pooled");
        }
        System.exit(run(List.of(args), Terminal.system()));
    }

    /** The commands, by name, in the order {@code help} lists them. */
    public static Map<String, Command> commands() {
        Map<String, Command> commands = new LinkedHashMap<>();
        for (Command c : List.of(new DemoCommand(), new PublishCommand(), new HarvestCommand(), new ReviewCommand(true),
                new ReviewCommand(false), new BalanceCommand(), new HitCommand(true), new HitCommand(false),
                new BonusCommand())) {
            commands.put(c.name(), c);
        }
        return commands;
    }

    /** Runs {@code args} and returns the exit status, printing to {@code terminal}. */
    public static int run(List<String> args, Terminal terminal) {
        Map<String, Command> commands = commands();
        PrintStream err = terminal.err();
        if (args.isEmpty() || args.get(0).equals("help") || args.get(0).equals("--help") || args.get(0).equals("-h")) {
            if (args.size() > 1 && commands.containsKey(args.get(1))) {
                terminal.out().print(commands.get(args.get(1)).usage());
                return 0;
            }
            printHelp(terminal.out(), commands);
            return args.isEmpty() ? USAGE : 0;
        }
        Command command = commands.get(args.get(0));
        if (command == null) {
            err.println("mturk: unknown command '" + args.get(0) + "'");
            printHelp(err, commands);
            return USAGE;
        }
        List<String> rest = args.subList(1, args.size());
        if (rest.contains("--help") || rest.contains("-h")) {
            terminal.out().print(command.usage());
            return 0;
        }
        try {
            return command.run(rest, terminal);
        } catch (Throwable thrown) {
            Throwable e = Exceptions.unwrap(thrown);
            if (e instanceof UsageException || e instanceof InputException) {
                err.println("mturk " + command.name() + ": " + e.getMessage());
                return USAGE;
            }
            if (e instanceof MTurkException || e instanceof UncheckedIOException) {
                err.println("mturk " + command.name() + ": " + e.getMessage());
            } else {
                err.println("mturk " + command.name() + ": " + e);
            }
            if (terminal.env().containsKey("MTURK_DEBUG")) {
                e.printStackTrace(err);
            }
            return 1;
        }
    }

    private static void printHelp(PrintStream out, Map<String, Command> commands) {
        out.println("usage: mturk COMMAND [options]   (mturk help COMMAND for its options)");
        out.println();
        int width = commands.keySet().stream().mapToInt(String::length).max().orElse(8) + 2;
        commands.values().forEach(c -> out.println("  " + pad(c.name(), width) + c.summary()));
        out.println();
        out.println("Every command but demo talks to production unless --endpoint URL or --sandbox is given.");
        out.println("demo without --endpoint starts an embedded simulator on 127.0.0.1.");
    }

    private static String pad(String s, int width) {
        char[] spaces = new char[Math.max(0, width - s.length())];
        Arrays.fill(spaces, ' ');
        return s + new String(spaces);
    }
}
