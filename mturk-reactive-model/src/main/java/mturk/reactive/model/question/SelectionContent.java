package mturk.reactive.model.question;

/** What a {@link Selection} shows: plain {@link SelectionText}, a {@link Binary} or {@link FormattedContent}. */
public sealed interface SelectionContent permits SelectionText, Binary, FormattedContent {
}
