package mturk.reactive.model.question;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A form of overviews and questions rendered by MTurk, {@code <QuestionForm xmlns="…/2005-10-01/QuestionForm.xsd">
 * (<Overview/>|<Question/>)+</QuestionForm>} (boto2's {@code QuestionForm}). The only kind usable as a qualification
 * test.
 *
 * @param items overviews and questions in display order; at least one {@link Question}; question identifiers
 *              unique; copied
 */
public record QuestionForm(List<QuestionFormItem> items) implements QuestionDocument {

    /** The namespace of the 2005-10-01 QuestionForm schema. */
    public static final String NAMESPACE =
            "http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2005-10-01/QuestionForm.xsd";

    /**
     * Validates and copies the items.
     *
     * @param items overviews and questions in display order; at least one {@link Question}; question identifiers
     *     unique; copied
     * @throws IllegalArgumentException when there is no question, an item is null, or two questions share an
     *                                  identifier (their answers could not be told apart)
     */
    public QuestionForm {
        Objects.requireNonNull(items, "QuestionForm.items");
        boolean hasQuestion = false;
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            QuestionFormItem item = items.get(i);
            if (item == null) {
                throw new IllegalArgumentException("QuestionForm.items[" + i + "] must not be null");
            }
            if (item instanceof Question) {
                hasQuestion = true;
                String id = ((Question) item).identifier();
                if (!ids.add(id)) {
                    throw new IllegalArgumentException("QuestionForm.items: duplicate QuestionIdentifier '" + id + "'");
                }
            }
        }
        if (!hasQuestion) {
            throw new IllegalArgumentException("QuestionForm.items must hold at least one Question");
        }
        items = List.copyOf(items);
    }

    /**
     * A form of the given items.
     *
     * @param items overviews and questions, in order
     * @return the form
     */
    public static QuestionForm of(QuestionFormItem... items) {
        return new QuestionForm(List.of(items));
    }

    /**
     * Parses a QuestionForm document.
     *
     * @param xml the document
     * @return the form
     * @throws IllegalArgumentException when the XML is malformed or not a valid QuestionForm
     */
    public static QuestionForm parse(String xml) {
        QuestionDocument d = QuestionDocument.parse(xml);
        if (d instanceof QuestionForm) {
            return (QuestionForm) d;
        }
        throw new IllegalArgumentException("expected a QuestionForm document, found " + d.getClass().getSimpleName());
    }

    /**
     * The questions, in order, without the overviews.
     *
     * @return the questions
     */
    public List<Question> questions() {
        List<Question> qs = new ArrayList<>();
        for (QuestionFormItem item : items) {
            if (item instanceof Question) {
                qs.add((Question) item);
            }
        }
        return qs;
    }

    /**
     * The question with the given identifier.
     *
     * @param identifier a question identifier
     * @return the question, or empty
     */
    public Optional<Question> question(String identifier) {
        return questions().stream().filter(q -> q.identifier().equals(identifier)).findFirst();
    }

    @Override
    public String namespace() {
        return NAMESPACE;
    }

    @Override
    public String toXml() {
        return QuestionXmlWriter.write(this);
    }

    /**
     * Starts a builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link QuestionForm} item by item. */
    public static final class Builder {
        private final List<QuestionFormItem> items = new ArrayList<>();

        private Builder() {
        }

        /**
         * Appends an overview.
         *
         * @param overview the overview
         * @return this builder
         */
        public Builder overview(Overview overview) {
            items.add(Objects.requireNonNull(overview, "overview"));
            return this;
        }

        /**
         * Appends an overview of the given items.
         *
         * @param content the content items
         * @return this builder
         */
        public Builder overview(ContentItem... content) {
            return overview(Overview.of(content));
        }

        /**
         * Appends a question.
         *
         * @param question the question
         * @return this builder
         */
        public Builder question(Question question) {
            items.add(Objects.requireNonNull(question, "question"));
            return this;
        }

        /**
         * Builds the form.
         *
         * @return the form
         * @throws IllegalArgumentException as the record's constructor (for example without any question)
         */
        public QuestionForm build() {
            return new QuestionForm(items);
        }
    }
}
