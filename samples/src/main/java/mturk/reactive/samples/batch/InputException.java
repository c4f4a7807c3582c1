package mturk.reactive.samples.batch;

/**
 * Bad user input (a row, a property, a template), found before anything is sent. The message names the file, the
 * row (1-based, header excluded) or line, and the field, so that the user can fix the input and run again.
 */
public final class InputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final long row;
    private final String field;

    private InputException(String message, long row, String field) {
        super(message);
        this.row = row;
        this.field = field;
    }

    /**
     * A problem with one field of one input row.
     *
     * @param source the file name as the user gave it
     * @param row    the 1-based data row number (the header is not counted)
     * @param field  the column or member name
     * @param problem what is wrong, e.g. {@code "is missing"}
     */
    public static InputException inRow(String source, long row, String field, String problem) {
        return new InputException(source + ": row " + row + ", column '" + field + "' " + problem, row, field);
    }

    /** A problem with one input row as a whole (its shape rather than one field). */
    public static InputException inRow(String source, long row, String problem) {
        return new InputException(source + ": row " + row + ": " + problem, row, null);
    }

    /** A problem with a named field of a file that has no rows (a property, a template placeholder). */
    public static InputException inField(String source, String field, String problem) {
        return new InputException(source + ": '" + field + "' " + problem, 0, field);
    }

    /** A problem with a file as a whole. */
    public static InputException inFile(String source, String problem) {
        return new InputException(source + ": " + problem, 0, null);
    }

    /** The 1-based row number, or 0 when the problem is not in a row. */
    public long row() {
        return row;
    }

    /** The field (column, member or property) concerned, or null. */
    public String field() {
        return field;
    }
}
