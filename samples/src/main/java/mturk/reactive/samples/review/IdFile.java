package mturk.reactive.samples.review;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import mturk.reactive.samples.batch.InputException;
import mturk.reactive.samples.json.JsonReader;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * Ids read lazily from a file, in whichever of the tool's formats it is:
 * <ul>
 *   <li>JSON Lines ({@code .jsonl}, e.g. a harvest): the member {@code idMember} of each line, for lines that pass
 *       the filter;</li>
 *   <li>a publish journal: its {@code hitId} column;</li>
 *   <li>anything else: the first word of each non-blank line that does not start with {@code #}.</li>
 * </ul>
 */
public final class IdFile {

    private IdFile() {
    }

    /**
     * The ids of {@code file}, read on a blocking-capable thread as they are requested.
     *
     * @param idMember   the JSONL member holding the id, e.g. {@code assignmentId}
     * @param jsonFilter which JSONL lines to take (e.g. only status Submitted)
     * @throws InputException (as the Flux's error) for a missing file or a malformed line, naming the line
     */
    public static Flux<String> ids(Path file, String idMember, Predicate<Map<String, Object>> jsonFilter) {
        Objects.requireNonNull(idMember, "idMember");
        boolean jsonl = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".jsonl");
        return Flux.<String, BufferedReader>using(() -> open(file), reader -> Flux.generate(() -> 0L, (line, sink) -> {
                    try {
                        String text;
                        while ((text = reader.readLine()) != null) {
                            line++;
                            String id = parse(file, line, text, jsonl, idMember, jsonFilter);
                            if (id != null) {
                                sink.next(id);
                                return line;
                            }
                        }
                        sink.complete();
                        return line;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }), reader -> {
                    try {
                        reader.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .subscribeOn(Schedulers.boundedElastic());
    }

    private static BufferedReader open(Path file) throws IOException {
        try {
            return Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw InputException.inFile(file.toString(), "does not exist");
        }
    }

    private static String parse(Path file, long line, String text, boolean jsonl, String idMember,
                                Predicate<Map<String, Object>> jsonFilter) {
        String trimmed = text.strip();
        if (trimmed.isEmpty() || (!jsonl && trimmed.startsWith("#"))) {
            return null;
        }
        if (jsonl) {
            Map<String, Object> object;
            try {
                object = JsonReader.parseObject(trimmed);
            } catch (IllegalArgumentException e) {
                throw InputException.inFile(file.toString(), "line " + line + " is not a JSON object: " + e.getMessage());
            }
            Object id = object.get(idMember);
            if (!(id instanceof String) || ((String) id).isBlank()) {
                throw InputException.inFile(file.toString(), "line " + line + " has no string member '" + idMember + "'");
            }
            return jsonFilter.test(object) ? (String) id : null;
        }
        String[] words = trimmed.split("\\s+");
        if (words[0].equals("row") && words.length > 1 && words[1].equals("hitId")) {
            return null;
        }
        if (words.length >= 3 && words[0].chars().allMatch(Character::isDigit)) {
            return words[1];
        }
        return words[0];
    }
}
