package mturk.reactive.samples.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mturk.reactive.samples.batch.InputException;

/**
 * The parsed options of one command: {@code --name value} (or {@code --name=value}) options, {@code --flag} switches
 * and positional arguments. Unknown options and missing values are refused with a message that names them.
 */
public final class Args {

    private final String command;
    private final Map<String, String> values;
    private final Set<String> flags;
    private final List<String> positional;

    private Args(String command, Map<String, String> values, Set<String> flags, List<String> positional) {
        this.command = command;
        this.values = values;
        this.flags = flags;
        this.positional = positional;
    }

    /**
     * Parses {@code args}.
     *
     * @param command     the command name, for messages
     * @param valued      names of options that take a value (without {@code --})
     * @param switches    names of options that take none
     * @throws UsageException on an unknown option or a missing value
     */
    public static Args parse(String command, List<String> args, Set<String> valued, Set<String> switches) {
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> flags = new java.util.HashSet<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--") || arg.equals("--")) {
                positional.add(arg);
                continue;
            }
            String name = arg.substring(2);
            String inline = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                inline = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (switches.contains(name)) {
                if (inline != null) {
                    throw new UsageException(command + ": --" + name + " takes no value");
                }
                flags.add(name);
            } else if (valued.contains(name)) {
                String value = inline;
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException(command + ": --" + name + " needs a value");
                    }
                    value = args.get(++i);
                }
                values.put(name, value);
            } else {
                throw new UsageException(command + ": unknown option --" + name + " (see 'mturk help " + command
                        + "')");
            }
        }
        return new Args(command, Collections.unmodifiableMap(values), Collections.unmodifiableSet(flags),
                Collections.unmodifiableList(positional));
    }

    /** The command these arguments are for. */
    public String command() {
        return command;
    }

    /** The value of {@code --name}, if given. */
    public Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** The value of {@code --name}, which must be given. */
    public String required(String name) {
        String v = values.get(name);
        if (v == null) {
            throw new UsageException(command + ": --" + name + " is required (see 'mturk help " + command + "')");
        }
        return v;
    }

    /** The value of {@code --name} as an integer in {@code [min, max]}, or {@code defaultValue}. */
    public int intValue(String name, int defaultValue, int min, int max) {
        String v = values.get(name);
        if (v == null) {
            return defaultValue;
        }
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw InputException.inField("--" + name, name, "is '" + v + "', which is not an integer");
        }
        if (n < min || n > max) {
            throw InputException.inField("--" + name, name, "is " + n + "; it must be between " + min + " and " + max);
        }
        return n;
    }

    /** Whether the switch {@code --name} was given. */
    public boolean flag(String name) {
        return flags.contains(name);
    }

    /** The positional arguments, in order. */
    public List<String> positional() {
        return positional;
    }
}
