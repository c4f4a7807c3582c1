package mturk.reactive.core;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * Where requests go: always a POST to the path {@code /} of this URI.
 *
 * <p>{@link #PRODUCTION} and {@link #SANDBOX} are the historical hosts (switched off in 2019); use {@link #of(URI)}
 * for the simulator, e.g. {@code Endpoint.of(URI.create("http://127.0.0.1:8443"))}.
 *
 * @param uri scheme {@code https} or {@code http}, a host, an optional port; no path other than {@code /}, no
 *            query
 */
public record Endpoint(URI uri) {

    /** {@code https://mechanicalturk.amazonaws.com}. */
    public static final Endpoint PRODUCTION = new Endpoint(URI.create("https://mechanicalturk.amazonaws.com"));
    /** {@code https://mechanicalturk.sandbox.amazonaws.com}. */
    public static final Endpoint SANDBOX = new Endpoint(URI.create("https://mechanicalturk.sandbox.amazonaws.com"));

    /**
     * Validates the URI.
     *
     * @param uri scheme http or https, a host, an optional port, no path, query or fragment
     */
    public Endpoint {
        Objects.requireNonNull(uri, "uri");
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new IllegalArgumentException("endpoint scheme must be http or https, was " + uri);
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException("endpoint must have a host, was " + uri);
        }
        String path = uri.getRawPath();
        if (path != null && !path.isEmpty() && !path.equals("/")) {
            throw new IllegalArgumentException("endpoint must have no path (requests go to /), was " + uri);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("endpoint must have no query or fragment, was " + uri);
        }
    }

    /**
     * @param uri e.g. {@code http://127.0.0.1:8080}
     * @return the endpoint
     */
    public static Endpoint of(URI uri) {
        return new Endpoint(uri);
    }

    /**
     * @param uri e.g. {@code http://127.0.0.1:8080}
     * @return the endpoint
     */
    public static Endpoint of(String uri) {
        return new Endpoint(URI.create(uri));
    }

    /** @return whether requests use TLS */
    public boolean isSecure() {
        return uri.getScheme().equalsIgnoreCase("https");
    }

    /** @return the host name */
    public String host() {
        return uri.getHost();
    }

    /** @return the explicit port, or 443/80 by scheme */
    public int port() {
        return uri.getPort() != -1 ? uri.getPort() : isSecure() ? 443 : 80;
    }

    /** @return the base URL requests are posted to, e.g. {@code https://mechanicalturk.amazonaws.com/} */
    public String postUrl() {
        return uri.getScheme() + "://" + uri.getRawAuthority() + "/";
    }
}
