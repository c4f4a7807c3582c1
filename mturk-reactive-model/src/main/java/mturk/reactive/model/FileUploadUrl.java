package mturk.reactive.model;

import java.net.URI;

/**
 * A temporary URL of a file a worker uploaded, as returned by {@code GetFileUploadURL}; it is valid for 60 seconds.
 *
 * @param url the URL exactly as sent by the service; not blank
 */
public record FileUploadUrl(String url) {

    /**
     * Validates that the URL is present.
     *
     * @param url the URL exactly as sent by the service; not blank
     * @throws IllegalArgumentException if a component breaks a rule of the record
     */
    public FileUploadUrl {
        Limits.requireNonBlank("url", url);
    }

    /**
     * The URL as a {@link URI}.
     *
     * @return the parsed URI
     * @throws IllegalArgumentException if the service sent a string that is not a valid URI
     */
    public URI uri() {
        return URI.create(url);
    }
}
