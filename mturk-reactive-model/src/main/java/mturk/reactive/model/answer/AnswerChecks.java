package mturk.reactive.model.answer;

/** Shared argument checks of the answer records. */
final class AnswerChecks {

    private AnswerChecks() {
    }

    static void requireIdentifier(String questionIdentifier) {
        if (questionIdentifier == null || questionIdentifier.isBlank()) {
            throw new IllegalArgumentException("questionIdentifier must not be blank, was "
                    + (questionIdentifier == null ? "null" : "'" + questionIdentifier + "'"));
        }
    }
}
