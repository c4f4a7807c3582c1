package mturk.reactive.model.question;

/**
 * One item of a {@code ContentType} element ({@link QuestionContent} or {@link Overview}): a title or text
 * ({@link SimpleField}), a {@link BulletList}, {@link FormattedContent}, a {@link Binary}, an {@link Application} or an
 * {@link EmbeddedBinary}. Items are written in list order, as boto2's {@code OrderedContent} does.
 */
public sealed interface ContentItem permits SimpleField, BulletList, FormattedContent, Binary, Application,
        EmbeddedBinary {
}
