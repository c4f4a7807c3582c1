package mturk.reactive.samples.cli;

/** A command line the tool cannot run: an unknown command or option, or a missing value. Exit status 2. */
public final class UsageException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with the message shown to the user. */
    public UsageException(String message) {
        super(message);
    }
}
