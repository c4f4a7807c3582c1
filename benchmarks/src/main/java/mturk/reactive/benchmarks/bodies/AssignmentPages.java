package mturk.reactive.benchmarks.bodies;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Deterministic {@code GetAssignmentsForHIT} response pages of one HIT, shaped like the service's (compact envelope,
 * {@code NumResults, TotalNumResults, PageNumber}, then the assignments).
 *
 * <p>Each assignment carries an escaped {@code QuestionFormAnswers} document with three or four answers, one element per line
 * as the service writes them: a free-text description (with characters that need escaping and non-ASCII letters),
 * a single selection, a multi-select of one to three identifiers, and in half of the assignments either a selection with "other" text, an
 * uploaded file or a numeric free text. A 100-assignment page is about 120 KB. The same arguments always give the
 * same bytes.
 */
public final class AssignmentPages {

    /** The page size every benchmark reads with, the API's maximum. */
    public static final int PAGE_SIZE = 100;

    /** The HIT whose assignments the benchmarks read. */
    public static final String DEFAULT_HIT_ID = "3BENCHHARVEST0000000000000HIT1";

    private static final String ANSWERS_NAMESPACE =
            "http://mechanicalturk.amazonaws.com/AWSMechanicalTurkDataSchemas/2005-10-01/QuestionFormAnswers.xsd";
    private static final Instant BASE_TIME = Instant.parse("2014-05-04T22:07:54Z");
    private static final String[] SENTIMENTS = {"positive", "neutral", "negative"};
    private static final String[] OBJECTS = {"car", "person", "dog", "building", "tree", "sign", "bicycle", "bottle"};
    private static final String[] LANGUAGES = {"en", "es", "fr", "de"};
    private static final String[] OTHER_LANGUAGES = {"Português", "Tiếng Việt", "Kiswahili & English"};

    private final String hitId;
    private final int totalAssignments;

    /**
     * @param hitId            the HIT id every assignment names
     * @param totalAssignments how many assignments the HIT has in all (the listing's {@code TotalNumResults})
     */
    public AssignmentPages(String hitId, int totalAssignments) {
        if (totalAssignments < 0) {
            throw new IllegalArgumentException("totalAssignments must be >= 0, was " + totalAssignments);
        }
        this.hitId = hitId;
        this.totalAssignments = totalAssignments;
    }

    /** One full page of {@link #PAGE_SIZE} assignments of {@link #DEFAULT_HIT_ID}: the decode benchmarks' body. */
    public static byte[] samplePage() {
        return new AssignmentPages(DEFAULT_HIT_ID, PAGE_SIZE).page(1);
    }

    /** The number of non-empty pages. */
    public int pageCount() {
        return (totalAssignments + PAGE_SIZE - 1) / PAGE_SIZE;
    }

    /** The HIT id of every assignment. */
    public String hitId() {
        return hitId;
    }

    /** The total number of assignments. */
    public int totalAssignments() {
        return totalAssignments;
    }

    /** The number of assignments on page {@code pageNumber} (1-based); 0 past the end. */
    public int assignmentsOnPage(int pageNumber) {
        int first = (pageNumber - 1) * PAGE_SIZE;
        return Math.max(0, Math.min(PAGE_SIZE, totalAssignments - first));
    }

    /**
     * The UTF-8 response body of page {@code pageNumber} (1-based). A page past the end has {@code NumResults} 0
     * and no assignments, as the service answers.
     */
    public byte[] page(int pageNumber) {
        if (pageNumber < 1) {
            throw new IllegalArgumentException("pageNumber must be >= 1, was " + pageNumber);
        }
        SplittableRandom random = new SplittableRandom(0x5EEDL * 31 + pageNumber);
        int count = assignmentsOnPage(pageNumber);
        StringBuilder out = new StringBuilder(1300 * count + 400);
        out.append("<?xml version=\"1.0\"?>\n<GetAssignmentsForHITResponse><OperationRequest><RequestId>")
                .append(Ids.requestId(random))
                .append("</RequestId></OperationRequest><GetAssignmentsForHITResult><Request><IsValid>True</IsValid>"
                        + "</Request><NumResults>").append(count)
                .append("</NumResults><TotalNumResults>").append(totalAssignments)
                .append("</TotalNumResults><PageNumber>").append(pageNumber).append("</PageNumber>");
        int firstIndex = (pageNumber - 1) * PAGE_SIZE;
        for (int i = 0; i < count; i++) {
            appendAssignment(out, random, firstIndex + i);
        }
        out.append("</GetAssignmentsForHITResult></GetAssignmentsForHITResponse>");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void appendAssignment(StringBuilder out, SplittableRandom random, int index) {
        Instant accept = BASE_TIME.plusSeconds(index * 7L + random.nextInt(60));
        Instant submit = accept.plusSeconds(30 + random.nextInt(600));
        int status = random.nextInt(10);
        out.append("<Assignment>");
        Xml.element(out, "AssignmentId", Ids.random(random, 30));
        Xml.element(out, "WorkerId", Ids.worker(random));
        Xml.element(out, "HITId", hitId);
        Xml.element(out, "AssignmentStatus", status < 6 ? "Submitted" : status < 9 ? "Approved" : "Rejected");
        Xml.element(out, "AutoApprovalTime", submit.plusSeconds(2_592_000).toString());
        Xml.element(out, "AcceptTime", accept.toString());
        Xml.element(out, "SubmitTime", submit.toString());
        if (status >= 6 && status < 9) {
            Xml.element(out, "ApprovalTime", submit.plusSeconds(3600 + random.nextInt(7200)).toString());
        } else if (status == 9) {
            Xml.element(out, "RejectionTime", submit.plusSeconds(3600 + random.nextInt(7200)).toString());
        }
        Xml.element(out, "Answer", answerDocument(random));
        out.append("</Assignment>");
    }

    /** The unescaped QuestionFormAnswers document of one assignment, one element per line as the service writes. */
    static String answerDocument(SplittableRandom random) {
        StringBuilder doc = new StringBuilder(700);
        doc.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n<QuestionFormAnswers xmlns=\"")
                .append(ANSWERS_NAMESPACE).append("\">\n");
        freeText(doc, "description", Words.sentence(random, 10 + random.nextInt(40)));
        selection(doc, "sentiment", null, SENTIMENTS[random.nextInt(SENTIMENTS.length)]);
        int picked = 1 + random.nextInt(3);
        int start = random.nextInt(OBJECTS.length);
        String[] objects = new String[picked];
        for (int i = 0; i < picked; i++) {
            objects[i] = OBJECTS[(start + i * 3) % OBJECTS.length];
        }
        selection(doc, "objects", null, objects);
        int fourth = random.nextInt(10);
        if (fourth < 5) {
            // three answers only
        } else if (fourth < 6) {
            selection(doc, "language", null, LANGUAGES[random.nextInt(LANGUAGES.length)]);
        } else if (fourth < 7) {
            selection(doc, "language", OTHER_LANGUAGES[random.nextInt(OTHER_LANGUAGES.length)]);
        } else if (fourth < 9) {
            doc.append("<Answer>\n<QuestionIdentifier>photo</QuestionIdentifier>\n<UploadedFileSizeInBytes>")
                    .append(10_000 + random.nextInt(2_000_000))
                    .append("</UploadedFileSizeInBytes>\n<UploadedFileKey>")
                    .append(Ids.random(random, 20)).append('/').append(Ids.random(random, 12).toLowerCase())
                    .append(".jpg</UploadedFileKey>\n</Answer>\n");
        } else {
            freeText(doc, "confidence", Integer.toString(random.nextInt(101)));
        }
        return doc.append("</QuestionFormAnswers>\n").toString();
    }

    private static void freeText(StringBuilder doc, String questionIdentifier, String text) {
        doc.append("<Answer>\n<QuestionIdentifier>").append(questionIdentifier).append("</QuestionIdentifier>\n");
        Xml.element(doc, "FreeText", text).append("\n</Answer>\n");
    }

    private static void selection(StringBuilder doc, String questionIdentifier, String otherText,
                                  String... selectionIdentifiers) {
        doc.append("<Answer>\n<QuestionIdentifier>").append(questionIdentifier).append("</QuestionIdentifier>\n");
        for (String id : selectionIdentifiers) {
            Xml.element(doc, "SelectionIdentifier", id).append('\n');
        }
        if (otherText != null) {
            Xml.element(doc, "OtherSelectionText", otherText).append('\n');
        }
        doc.append("</Answer>\n");
    }
}
