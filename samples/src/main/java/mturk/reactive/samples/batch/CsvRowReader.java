package mturk.reactive.samples.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads RFC 4180 CSV with a header row: comma-separated fields, fields in double quotes may hold commas, line
 * breaks and doubled quotes ({@code ""}); lines end with CRLF, LF or CR. A leading byte-order mark is skipped and
 * blank lines are ignored.
 *
 * <p>Every data row must have as many fields as the header; header names must be non-empty and unique. Violations
 * throw {@link InputException} naming the row (or the header) and, where it applies, the column.
 */
public final class CsvRowReader extends RowReader {

    private List<String> header;
    private long line = 1;
    private long rows;
    private boolean started;
    private int pushedBack = -2;

    /** Creates a reader over {@code in}; {@code source} names the file in messages. */
    public CsvRowReader(BufferedReader in, String source) {
        super(in, source);
    }

    /** The header's column names, in order; reads the header if no row has been read yet. */
    public List<String> header() throws IOException {
        readHeaderIfNeeded();
        return header;
    }

    @Override
    protected Row readRow() throws IOException {
        readHeaderIfNeeded();
        while (true) {
            long startLine = line;
            List<String> fields = readRecord(rows + 1);
            if (fields == null) {
                return null;
            }
            if (fields.size() == 1 && fields.get(0).isEmpty()) {
                continue;
            }
            long number = ++rows;
            if (fields.size() != header.size()) {
                throw InputException.inRow(source, number, "has " + fields.size() + " fields but the header has "
                        + header.size() + " (line " + startLine + ")");
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < fields.size(); i++) {
                values.put(header.get(i), fields.get(i));
            }
            return new Row(number, startLine, values);
        }
    }

    private void readHeaderIfNeeded() throws IOException {
        if (header != null) {
            return;
        }
        List<String> names;
        do {
            names = readRecord(0);
            if (names == null) {
                throw InputException.inFile(source, "is empty; the first line must be a header naming the columns");
            }
        } while (names.size() == 1 && names.get(0).isEmpty());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            if (name.isEmpty()) {
                throw InputException.inFile(source, "header column " + (i + 1) + " has no name");
            }
            if (!seen.add(name)) {
                throw InputException.inFile(source, "header names column '" + name + "' twice");
            }
            names.set(i, name);
        }
        header = List.copyOf(names);
    }

    /** Reads one record's fields, or null at end of input. {@code rowNumber} 0 means the header. */
    private List<String> readRecord(long rowNumber) throws IOException {
        int c = read();
        if (c == -1) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        long recordLine = line;
        while (true) {
            if (c == '"' && field.length() == 0) {
                readQuoted(field, rowNumber, recordLine);
                c = read();
                if (c != ',' && c != '\n' && c != '\r' && c != -1) {
                    throw problem(rowNumber, "unexpected '" + (char) c + "' after a closing quote on line " + line
                            + " (a quote inside a quoted field is written \"\")");
                }
            }
            if (c == -1) {
                fields.add(field.toString());
                return fields;
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                c = read();
                continue;
            }
            if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    int n = read();
                    if (n != '\n') {
                        unread(n);
                    }
                }
                line++;
                fields.add(field.toString());
                return fields;
            }
            field.append((char) c);
            c = read();
        }
    }

    private void readQuoted(StringBuilder field, long rowNumber, long recordLine) throws IOException {
        long openLine = line;
        while (true) {
            int c = read();
            if (c == -1) {
                throw problem(rowNumber, "a quoted field opened on line " + openLine + " is never closed");
            }
            if (c == '"') {
                int n = read();
                if (n == '"') {
                    field.append('"');
                    continue;
                }
                unread(n);
                return;
            }
            if (c == '\n' || (c == '\r')) {
                if (c == '\r') {
                    int n = read();
                    if (n == '\n') {
                        field.append('\r');
                        c = n;
                    } else {
                        unread(n);
                    }
                }
                line++;
            }
            field.append((char) c);
        }
    }

    private InputException problem(long rowNumber, String message) {
        return rowNumber == 0 ? InputException.inFile(source, "header: " + message)
                : InputException.inRow(source, rowNumber, message);
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        int c = in().read();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = in().read();
            }
        }
        return c;
    }

    private void unread(int c) {
        pushedBack = c;
    }
}
