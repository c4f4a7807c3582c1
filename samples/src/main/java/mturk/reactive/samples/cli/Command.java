package mturk.reactive.samples.cli;

import java.util.List;

/** One {@code mturk} command. */
public interface Command {

    /** The command's name, as typed. */
    String name();

    /** One line saying what it does. */
    String summary();

    /** The options, one per line, for {@code mturk help COMMAND}. */
    String usage();

    /**
     * Runs the command.
     *
     * @param args     the arguments after the command name
     * @param terminal where to print
     * @return the exit status: 0 on success
     * @throws UsageException or {@link mturk.reactive.samples.batch.InputException} on bad input (exit status 2)
     */
    int run(List<String> args, Terminal terminal) throws Exception;
}
