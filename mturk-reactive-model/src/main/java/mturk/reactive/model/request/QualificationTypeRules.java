package mturk.reactive.model.request;

import java.time.Duration;

import mturk.reactive.model.Limits;

/** The test and auto-grant rules shared by qualification-type creation and update. */
final class QualificationTypeRules {

    private QualificationTypeRules() {
    }

    static void test(String test, String answerKey, Duration testDuration, Boolean autoGranted,
                     Integer autoGrantedValue, boolean creating) {
        if (test != null) {
            Limits.requireNonBlank("test", test);
            Limits.maxUtf8Bytes("test", test, Limits.XML_DOCUMENT_MAX_BYTES);
            if (testDuration == null) {
                throw new IllegalArgumentException("testDuration must be set together with test, was null");
            }
            if (Boolean.TRUE.equals(autoGranted)) {
                throw new IllegalArgumentException("autoGranted must not be true together with test, was true");
            }
        } else {
            RequestRules.mustBeAbsent("answerKey", answerKey, "without test");
            RequestRules.mustBeAbsent("testDuration", testDuration, "without test");
        }
        if (answerKey != null) {
            Limits.requireNonBlank("answerKey", answerKey);
            Limits.maxUtf8Bytes("answerKey", answerKey, Limits.XML_DOCUMENT_MAX_BYTES);
        }
        Limits.seconds("testDuration", testDuration, Duration.ofSeconds(1), Duration.ofSeconds(Long.MAX_VALUE));
        if (creating && autoGrantedValue != null && !Boolean.TRUE.equals(autoGranted)) {
            throw new IllegalArgumentException("autoGrantedValue must not be set without autoGranted=true, was "
                    + autoGrantedValue);
        }
    }
}
