package mturk.reactive.core.internal;

import java.util.Map;

/**
 * One signed attempt of a request.
 *
 * @param params       every parameter that was signed (operation ones plus the common ones), sorted as signed;
 *                     excludes {@code Signature}
 * @param stringToSign the concatenation of names and raw values that was signed
 * @param signature    Base64 HMAC-SHA1 of the string to sign
 * @param body         the form body: encoded pairs in signing order, then {@code &Signature=}
 */
public record SignedRequest(Map<String, String> params, String stringToSign, String signature, String body) {

    /** @return the secret-free parts only; never the string to sign with values, to keep logs terse */
    @Override
    public String toString() {
        return "SignedRequest[operation=" + params.get("Operation") + ", timestamp=" + params.get("Timestamp") + "]";
    }
}
