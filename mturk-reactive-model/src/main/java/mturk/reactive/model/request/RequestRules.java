package mturk.reactive.model.request;

import java.util.List;

import mturk.reactive.model.Limits;
import mturk.reactive.model.Price;
import mturk.reactive.model.PolicyParameter;
import mturk.reactive.model.QualificationRequirement;
import mturk.reactive.model.ReviewPolicy;

/** Checks shared by several request records, on top of {@link Limits}. */
final class RequestRules {

    /** boto2 joins a keyword list with a comma and a space. */
    static final String KEYWORD_SEPARATOR = ", ";

    private RequestRules() {
    }

    static String joinKeywords(List<String> keywords) {
        Limits.noNullElements("keywords", keywords);
        return String.join(KEYWORD_SEPARATOR, keywords);
    }

    static void hitTypeProperties(String title, String description, Price reward, String keywords) {
        Limits.requireNonBlank("title", title, Limits.TITLE_MAX);
        Limits.requireNonBlank("description", description, Limits.DESCRIPTION_MAX);
        Limits.money("reward", Limits.requireNonNull("reward", reward));
        Limits.maxLength("keywords", keywords, Limits.KEYWORDS_MAX);
    }

    static List<QualificationRequirement> requirements(List<QualificationRequirement> requirements) {
        Limits.maxSize("qualificationRequirements", requirements, Limits.QUALIFICATION_REQUIREMENTS_MAX);
        requirements.forEach(QualificationRequirement::validateForRequest);
        return requirements;
    }

    /**
     * Checks a review policy of a request: the policy name the level accepts, and the documented ranges of
     * {@code ExtendMaximumAssignments} (2..25) and {@code ExtendMinimumTimeInSeconds} (3600..31536000).
     */
    static ReviewPolicy reviewPolicy(String field, ReviewPolicy policy, String expectedName) {
        if (policy == null) {
            return null;
        }
        if (!policy.policyName().equals(expectedName)) {
            throw new IllegalArgumentException(field + " policyName must be " + expectedName + ", was "
                    + describe(policy.policyName()));
        }
        for (PolicyParameter parameter : policy.parameters()) {
            switch (parameter.key()) {
                case "ExtendMaximumAssignments" -> integerValues(field + " ExtendMaximumAssignments", parameter, 2, 25);
                case "ExtendMinimumTimeInSeconds" ->
                        integerValues(field + " ExtendMinimumTimeInSeconds", parameter, 3600, 31_536_000);
                default -> {
                    // other keys are passed through; the service checks them
                }
            }
        }
        return policy;
    }

    private static void integerValues(String field, PolicyParameter parameter, long min, long max) {
        for (String value : parameter.values()) {
            long number;
            try {
                number = Long.parseLong(value.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(field + " must be an integer, was " + describe(value), e);
            }
            Limits.range(field, number, min, max);
        }
    }

    static String token(String uniqueRequestToken) {
        if (uniqueRequestToken != null) {
            Limits.requireNonBlank("uniqueRequestToken", uniqueRequestToken, Limits.UNIQUE_REQUEST_TOKEN_MAX);
        }
        return uniqueRequestToken;
    }

    static void mustBeAbsent(String field, Object value, String because) {
        if (value != null) {
            throw new IllegalArgumentException(field + " must not be set " + because + ", was " + describe(value));
        }
    }

    static void mustBeEmpty(String field, List<?> value, String because) {
        if (!value.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be set " + because + ", was " + value.size()
                    + " entries");
        }
    }

    static String describe(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 40 ? "'" + text + "'" : "'" + text.substring(0,
                37) + "...' (" + text.length() + " characters)";
    }

    static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
