/**
 * The question documents of a HIT or qualification test — {@link mturk.reactive.model.question.QuestionForm},
 * {@link mturk.reactive.model.question.ExternalQuestion} and {@link mturk.reactive.model.question.HtmlQuestion} —
 * as immutable, validated types that render to and parse from their MTurk data-schema XML.
 *
 * <h2>Mapping from boto2's {@code boto.mturk.question}</h2>
 * <table>
 *   <caption>boto2 class to Java type</caption>
 *   <tr><th>boto2</th><th>here</th></tr>
 *   <tr><td>{@code QuestionForm}</td><td>{@link mturk.reactive.model.question.QuestionForm}</td></tr>
 *   <tr><td>{@code Overview}</td><td>{@link mturk.reactive.model.question.Overview}</td></tr>
 *   <tr><td>{@code Question}</td><td>{@link mturk.reactive.model.question.Question}</td></tr>
 *   <tr><td>{@code QuestionContent}, {@code OrderedContent}</td>
 *       <td>{@link mturk.reactive.model.question.QuestionContent}; an ordered {@code List} of
 *       {@link mturk.reactive.model.question.ContentItem}</td></tr>
 *   <tr><td>{@code SimpleField('Title'|'Text', v)}</td><td>{@link mturk.reactive.model.question.SimpleField}</td></tr>
 *   <tr><td>{@code List}</td><td>{@link mturk.reactive.model.question.BulletList} (avoids clashing with
 *       {@code java.util.List})</td></tr>
 *   <tr><td>{@code FormattedContent}</td><td>{@link mturk.reactive.model.question.FormattedContent}</td></tr>
 *   <tr><td>{@code Binary}</td><td>{@link mturk.reactive.model.question.Binary}</td></tr>
 *   <tr><td>{@code Application}, {@code JavaApplet}, {@code Flash}</td>
 *       <td>{@link mturk.reactive.model.question.Application}, {@link mturk.reactive.model.question.JavaApplet},
 *       {@link mturk.reactive.model.question.Flash} (rendered per the schema; boto2 renders them empty)</td></tr>
 *   <tr><td>(none)</td><td>{@link mturk.reactive.model.question.EmbeddedBinary}, in the schema but not in boto2</td></tr>
 *   <tr><td>{@code AnswerSpecification(spec)}</td><td>{@link mturk.reactive.model.question.AnswerSpecification},
 *       the sealed supertype of the three specifications below (the wrapper element is written by
 *       {@link mturk.reactive.model.question.Question})</td></tr>
 *   <tr><td>{@code FreeTextAnswer}, {@code Constraints}, {@code NumberOfLinesSuggestion}</td>
 *       <td>{@link mturk.reactive.model.question.FreeTextAnswerSpec} with
 *       {@link mturk.reactive.model.question.Constraints}</td></tr>
 *   <tr><td>{@code NumericConstraint}, {@code LengthConstraint}, {@code RegExConstraint}</td>
 *       <td>{@link mturk.reactive.model.question.NumericConstraint},
 *       {@link mturk.reactive.model.question.LengthConstraint},
 *       {@link mturk.reactive.model.question.RegexConstraint}</td></tr>
 *   <tr><td>{@code SelectionAnswer}</td><td>{@link mturk.reactive.model.question.SelectionAnswerSpec} with
 *       {@link mturk.reactive.model.question.Selection} and {@link mturk.reactive.model.question.StyleSuggestion}</td></tr>
 *   <tr><td>{@code FileUploadAnswer}</td><td>{@link mturk.reactive.model.question.FileUploadAnswerSpec}</td></tr>
 *   <tr><td>{@code ExternalQuestion}</td><td>{@link mturk.reactive.model.question.ExternalQuestion}</td></tr>
 *   <tr><td>{@code HTMLQuestion}</td><td>{@link mturk.reactive.model.question.HtmlQuestion}</td></tr>
 * </table>
 * The {@code ...Spec} suffix separates what a question <em>asks for</em> from what a worker <em>answered</em>, which
 * lives in {@code mturk.reactive.model.answer} ({@code FreeTextAnswer}, {@code SelectionAnswer},
 * {@code UploadedFileAnswer}).
 *
 * <h2>XML</h2>
 * {@link mturk.reactive.model.question.QuestionDocument#toXml()} writes the same elements, in the same order and
 * namespace, as boto2's {@code get_as_xml()} for the same inputs, without an XML declaration (boto2 writes none either;
 * the document travels as a request parameter where a declaration would only cost bytes). Unlike boto2 every text and
 * attribute value is escaped, CDATA sections are split so {@code ]]>} cannot end them early, and carriage returns are
 * written as {@code &#13;} so they survive parsing. {@link mturk.reactive.model.question.QuestionDocument#parse(String)}
 * reads the three document kinds back, so that {@code parse(d.toXml()).equals(d)} holds.
 */
package mturk.reactive.model.question;
