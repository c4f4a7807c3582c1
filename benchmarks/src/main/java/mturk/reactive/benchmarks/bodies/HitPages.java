package mturk.reactive.benchmarks.bodies;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Deterministic {@code SearchHITs} response pages with the operation's default response groups (Minimal, HITDetail,
 * HITAssignmentSummary): every HIT has its detail fields, a reward, one to three qualification requirements
 * (approval rate with {@code RequiredToPreview}, locale with several {@code LocaleValue}s, Masters {@code Exists})
 * and its assignment counts. The same arguments always give the same bytes.
 */
public final class HitPages {

    /** The page size every benchmark reads with, the API's maximum. */
    public static final int PAGE_SIZE = 100;

    private static final Instant BASE_TIME = Instant.parse("2014-03-01T09:00:00Z");
    private static final String[] TITLES = {
        "Describe the objects in a street photo", "Transcribe a shop receipt (about 2 minutes)",
        "Rate the sentiment of short product reviews", "Find the company website & e-mail address",
    };
    private static final String[] STATUSES = {"Assignable", "Assignable", "Unassignable", "Reviewable", "Reviewing"};

    private final int totalHits;

    /** @param totalHits how many HITs the account has in all (the listing's {@code TotalNumResults}) */
    public HitPages(int totalHits) {
        if (totalHits < 0) {
            throw new IllegalArgumentException("totalHits must be >= 0, was " + totalHits);
        }
        this.totalHits = totalHits;
    }

    /** One full page of {@link #PAGE_SIZE} HITs: the decode benchmarks' body. */
    public static byte[] samplePage() {
        return new HitPages(PAGE_SIZE).page(1);
    }

    /** The number of non-empty pages. */
    public int pageCount() {
        return (totalHits + PAGE_SIZE - 1) / PAGE_SIZE;
    }

    /** The total number of HITs. */
    public int totalHits() {
        return totalHits;
    }

    /** The number of HITs on page {@code pageNumber} (1-based); 0 past the end. */
    public int hitsOnPage(int pageNumber) {
        return Math.max(0, Math.min(PAGE_SIZE, totalHits - (pageNumber - 1) * PAGE_SIZE));
    }

    /** The UTF-8 response body of page {@code pageNumber} (1-based); past the end, {@code NumResults} is 0. */
    public byte[] page(int pageNumber) {
        if (pageNumber < 1) {
            throw new IllegalArgumentException("pageNumber must be >= 1, was " + pageNumber);
        }
        SplittableRandom random = new SplittableRandom(0x41751L * 17 + pageNumber);
        int count = hitsOnPage(pageNumber);
        StringBuilder out = new StringBuilder(1400 * count + 400);
        out.append("<?xml version=\"1.0\"?>\n<SearchHITsResponse><OperationRequest><RequestId>")
                .append(Ids.requestId(random))
                .append("</RequestId></OperationRequest><SearchHITsResult><Request><IsValid>True</IsValid></Request>"
                        + "<NumResults>").append(count)
                .append("</NumResults><TotalNumResults>").append(totalHits)
                .append("</TotalNumResults><PageNumber>").append(pageNumber).append("</PageNumber>");
        int firstIndex = (pageNumber - 1) * PAGE_SIZE;
        for (int i = 0; i < count; i++) {
            appendHit(out, random, firstIndex + i);
        }
        out.append("</SearchHITsResult></SearchHITsResponse>");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void appendHit(StringBuilder out, SplittableRandom random, int index) {
        Instant created = BASE_TIME.plusSeconds(index * 13L);
        long lifetime = 86_400L * (1 + random.nextInt(14));
        int maxAssignments = 1 + random.nextInt(9);
        int available = random.nextInt(maxAssignments + 1);
        int pending = random.nextInt(maxAssignments - available + 1);
        BigDecimal reward = BigDecimal.valueOf(5 + random.nextInt(200), 2);
        int title = random.nextInt(TITLES.length);
        out.append("<HIT>");
        Xml.element(out, "HITId", Ids.random(random, 30));
        Xml.element(out, "HITTypeId", Ids.random(random, 30));
        Xml.element(out, "HITGroupId", Ids.random(random, 30));
        Xml.element(out, "CreationTime", created.toString());
        Xml.element(out, "Title", TITLES[title]);
        Xml.element(out, "Description", Words.sentence(random, 60 + random.nextInt(100)));
        Xml.element(out, "Keywords", "image, labeling, <quick>, survey, batch " + (index % 50));
        Xml.element(out, "HITStatus", STATUSES[random.nextInt(STATUSES.length)]);
        Xml.element(out, "MaxAssignments", Integer.toString(maxAssignments));
        out.append("<Reward>");
        Xml.element(out, "Amount", reward.toPlainString());
        Xml.element(out, "CurrencyCode", "USD");
        Xml.element(out, "FormattedPrice", "$" + reward.toPlainString());
        out.append("</Reward>");
        Xml.element(out, "AutoApprovalDelayInSeconds", Long.toString(2_592_000L));
        Xml.element(out, "Expiration", created.plusSeconds(lifetime).toString());
        Xml.element(out, "AssignmentDurationInSeconds", Integer.toString(300 + 60 * random.nextInt(60)));
        Xml.element(out, "RequesterAnnotation", "batch-" + (index / 500) + "&row=" + index);
        out.append("<QualificationRequirement>");
        Xml.element(out, "QualificationTypeId", "000000000000000000L0");
        Xml.element(out, "Comparator", "GreaterThanOrEqualTo");
        Xml.element(out, "IntegerValue", Integer.toString(90 + random.nextInt(10)));
        Xml.element(out, "RequiredToPreview", random.nextBoolean() ? "1" : "0");
        out.append("</QualificationRequirement>");
        int extra = random.nextInt(3);
        if (extra >= 1) {
            out.append("<QualificationRequirement>");
            Xml.element(out, "QualificationTypeId", "00000000000000000071");
            Xml.element(out, "Comparator", "In");
            out.append("<LocaleValue><Country>US</Country><Subdivision>WA</Subdivision></LocaleValue>"
                    + "<LocaleValue><Country>CA</Country></LocaleValue><LocaleValue><Country>GB</Country></LocaleValue>");
            Xml.element(out, "RequiredToPreview", "0");
            out.append("</QualificationRequirement>");
        }
        if (extra == 2) {
            out.append("<QualificationRequirement>");
            Xml.element(out, "QualificationTypeId", "2F1QJWKUDD8XADTFD2Q0G6UTO95ALH");
            Xml.element(out, "Comparator", "Exists");
            Xml.element(out, "RequiredToPreview", "1");
            out.append("</QualificationRequirement>");
        }
        Xml.element(out, "HITReviewStatus", "NotReviewed");
        Xml.element(out, "NumberOfAssignmentsPending", Integer.toString(pending));
        Xml.element(out, "NumberOfAssignmentsAvailable", Integer.toString(available));
        Xml.element(out, "NumberOfAssignmentsCompleted", Integer.toString(maxAssignments - available - pending));
        out.append("</HIT>");
    }
}
