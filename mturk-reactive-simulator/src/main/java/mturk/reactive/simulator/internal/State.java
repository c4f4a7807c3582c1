package mturk.reactive.simulator.internal;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import mturk.reactive.simulator.AnswerPolicy;
import mturk.reactive.simulator.NotificationEvent;
import mturk.reactive.simulator.SimulatedWorker;
import mturk.reactive.simulator.WorkItem;
import mturk.reactive.simulator.internal.Model.Assignment;
import mturk.reactive.simulator.internal.Model.AssignmentState;
import mturk.reactive.simulator.internal.Model.Bonus;
import mturk.reactive.simulator.internal.Model.Hit;
import mturk.reactive.simulator.internal.Model.HitType;
import mturk.reactive.simulator.internal.Model.NotificationSpec;
import mturk.reactive.simulator.internal.Model.Qualification;
import mturk.reactive.simulator.internal.Model.QualificationRequest;
import mturk.reactive.simulator.internal.Model.QualificationType;
import mturk.reactive.simulator.internal.Model.Requirement;
import mturk.reactive.simulator.internal.Model.Upload;

/**
 * The whole state of one simulated requester account and its marketplace, and the 43 operations plus Help.
 * Not thread-safe by design: every method runs on the simulator's single state thread (see {@link Engine}), so
 * operations are serialised without locks and cannot deadlock.
 */
public final class State {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);
    static final List<String> SORT_HIT = List.of("Title", "Reward", "Expiration", "CreationTime", "Enumeration");
    static final List<String> SORT_DIR = List.of("Ascending", "Descending");
    static final List<String> COMPARATORS = List.of("LessThan", "LessThanOrEqualTo", "GreaterThan",
            "GreaterThanOrEqualTo", "EqualTo", "NotEqualTo", "Exists", "DoesNotExist", "In", "NotIn");
    static final List<String> EVENT_TYPES = List.of("AssignmentAccepted", "AssignmentAbandoned", "AssignmentReturned",
            "AssignmentSubmitted", "AssignmentRejected", "AssignmentApproved", "HITCreated", "HITExpired",
            "HITReviewable", "HITExtended", "HITDisposed", "Ping");
    static final String QT_NUMBER_APPROVED = "00000000000000000040";
    static final String QT_LOCALE = "00000000000000000071";
    static final String QT_ADULT = "00000000000000000060";
    static final String QT_PERCENT_APPROVED = "000000000000000000L0";
    static final String QT_MASTERS = "2F1QJWKUDD8XADTFD2Q0G6UTO95ALH";
    static final String QT_MASTERS_SANDBOX = "2ARFPLSP75KLA8M8DH1HTEQVJT3SY6";
    static final Map<String, String[]> SYSTEM_TYPES = new LinkedHashMap<>();

    static {
        SYSTEM_TYPES.put(QT_MASTERS, new String[] {"Masters", "Workers who have demonstrated excellence."});
        SYSTEM_TYPES.put(QT_MASTERS_SANDBOX, new String[] {"Masters (Sandbox)", "Sandbox Masters."});
        SYSTEM_TYPES.put(QT_NUMBER_APPROVED, new String[] {"Worker_NumberHITsApproved",
            "Total approved HITs of the worker."});
        SYSTEM_TYPES.put(QT_LOCALE, new String[] {"Worker_Locale", "The location of the worker."});
        SYSTEM_TYPES.put(QT_ADULT, new String[] {"Worker_Adult", "The worker agreed to see adult content."});
        SYSTEM_TYPES.put(QT_PERCENT_APPROVED, new String[] {"Worker_PercentAssignmentsApproved",
            "Percentage of the worker's assignments that were approved."});
        SYSTEM_TYPES.put("00000000000000000000", new String[] {"Worker_PercentAssignmentsSubmitted",
            "Percentage of accepted assignments the worker submitted."});
        SYSTEM_TYPES.put("00000000000000000070", new String[] {"Worker_PercentAssignmentsAbandoned",
            "Percentage of accepted assignments the worker abandoned."});
        SYSTEM_TYPES.put("000000000000000000E0", new String[] {"Worker_PercentAssignmentsReturned",
            "Percentage of accepted assignments the worker returned."});
        SYSTEM_TYPES.put("000000000000000000S0", new String[] {"Worker_PercentAssignmentsRejected",
            "Percentage of the worker's assignments that were rejected."});
    }

    /** Where the state hands notifications to be delivered (asynchronously, never on this thread's time). */
    public interface Sink {
        /** Delivers events per a HIT type's notification specification. */
        void notify(String transport, String destination, String version, List<NotificationEvent> events);

        /** Records a NotifyWorkers message. */
        void workerMessage(String workerId, String subject, String text);
    }

    /** Request context. */
    public record Ctx(String requestId, String baseUrl) {
    }

    private record Timer(Instant at, long seq, Runnable action) {
    }

    private record Token(String value, Instant at, String requestId) {
    }

    private final Random random;
    private final long seed;
    private final Sink sink;
    private Instant now;
    private long seq;
    private long timerSeq;
    private final PriorityQueue<Timer> timers = new PriorityQueue<>(
            Comparator.comparing(Timer::at).thenComparingLong(Timer::seq));
    private BigDecimal balance;
    private final Map<String, HitType> hitTypes = new LinkedHashMap<>();
    private final Map<String, Hit> hits = new LinkedHashMap<>();
    private final Map<String, Assignment> assignments = new HashMap<>();
    private final Map<String, QualificationType> qualTypes = new LinkedHashMap<>();
    private final Map<String, Qualification> quals = new LinkedHashMap<>();
    private final Map<String, QualificationRequest> qualRequests = new LinkedHashMap<>();
    private final List<Bonus> bonuses = new ArrayList<>();
    private final Map<String, String> blocks = new LinkedHashMap<>();
    private final Map<String, Token> hitTokens = new HashMap<>();
    private final Map<String, Token> extendTokens = new HashMap<>();
    private final Map<String, Token> bonusTokens = new HashMap<>();
    private final Map<String, Upload> uploads = new HashMap<>();
    private final Map<String, Instant[]> uploadUrls = new HashMap<>();
    private final Map<String, String> uploadUrlKeys = new HashMap<>();
    private final Map<String, SimulatedWorker> workers = new LinkedHashMap<>();
    private final Map<String, Random> workerRandoms = new HashMap<>();
    private final Set<String> requested = new HashSet<>();
    private final Set<String> messaged = new HashSet<>();
    private boolean autoWork;
    private Duration workDelay = Duration.ofSeconds(30);
    private AnswerPolicy policy = AnswerPolicy.generated();
    private boolean sweepNeeded;
    private int rewardPayouts;

    /** A fresh account with a balance, a seeded worker population and the clock at {@code start}. */
    public State(long seed, BigDecimal balance, Instant start, int workerCount, Sink sink) {
        this.seed = seed;
        this.random = new Random(seed);
        this.balance = balance.setScale(2);
        this.now = start;
        this.sink = sink;
        Random w = new Random(seed * 31 + 7);
        String[][] locales = {{"US", "CA"}, {"US", "WA"}, {"US", "NY"}, {"US", "TX"}, {"US", null}, {"GB", null},
            {"IN", null}, {"CA", null}, {"DE", null}, {"US", "FL"}};
        for (int i = 0; i < workerCount; i++) {
            String[] loc = locales[i % locales.length];
            int approved = i == 0 ? 0 : 50 + w.nextInt(5000);
            int rejected = approved == 0 ? 0 : w.nextInt(Math.max(1, approved / (i % 4 == 3 ? 4 : 40)));
            addWorker(new SimulatedWorker("A" + id(w, 13), loc[0], loc[1], i % 7 != 6, i % 5 == 1, approved,
                    rejected));
        }
    }

    // ------------------------------------------------------------------ ids, time, helpers

    private static String id(Random r, int n) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private String newId() {
        String s;
        do {
            s = id(random, 30);
        } while (hits.containsKey(s) || hitTypes.containsKey(s) || assignments.containsKey(s)
                || qualTypes.containsKey(s) || qualRequests.containsKey(s));
        return s;
    }

    /** The simulated time. */
    public Instant now() {
        return now;
    }

    static String time(Instant t) {
        return t == null ? null : TIME.format(t);
    }

    private void schedule(Instant at, Runnable r) {
        timers.add(new Timer(at, timerSeq++, r));
    }

    /** Moves simulated time to {@code target}, running every due timer in time order. */
    public void advanceTo(Instant target) {
        while (!timers.isEmpty() && !timers.peek().at().isAfter(target)) {
            Timer t = timers.poll();
            if (t.at().isAfter(now)) {
                now = t.at();
            }
            t.action().run();
            settle();
        }
        if (target.isAfter(now)) {
            now = target;
        }
        settle();
    }

    /** Runs pending automatic work (worker sweep) after a change. */
    public void settle() {
        int guard = 0;
        while (sweepNeeded && guard++ < 20) {
            sweepNeeded = false;
            sweep();
        }
    }

    private static String money(BigDecimal d) {
        return d.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    static String formatted(BigDecimal d) {
        DecimalFormat f = new DecimalFormat("$#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        return f.format(d);
    }

    private static void price(XmlOut o, String name, BigDecimal d) {
        o.start(name).leaf("Amount", money(d)).leaf("CurrencyCode", "USD").leaf("FormattedPrice", formatted(d)).end();
    }

    private static <T> List<T> page(List<T> all, int size, int number) {
        long from = (long) (number - 1) * size;
        if (from >= all.size()) {
            return List.of();
        }
        return all.subList((int) from, (int) Math.min(all.size(), from + size));
    }

    private static void paging(XmlOut o, int numResults, int total, int pageNumber) {
        o.leaf("NumResults", numResults).leaf("TotalNumResults", total).leaf("PageNumber", pageNumber);
    }

    private Hit hit(String id) {
        Hit h = hits.get(id);
        if (h == null) {
            throw new ApiException("AWS.MechanicalTurk.HITDoesNotExist", "Hit " + id + " does not exist.",
                    "HITId", id);
        }
        return h;
    }

    private Hit liveHit(String id) {
        Hit h = hit(id);
        if (h.disposed) {
            throw new ApiException("AWS.MechanicalTurk.HITDoesNotExist", "Hit " + id + " does not exist.",
                    "HITId", id);
        }
        return h;
    }

    private Assignment assignment(String id) {
        Assignment a = assignments.get(id);
        if (a == null || !a.visible() || a.hit.disposed && !a.hit.disabled) {
            throw new ApiException("AWS.MechanicalTurk.AssignmentDoesNotExist",
                    "Assignment " + id + " does not exist.", "AssignmentId", id);
        }
        return a;
    }

    private QualificationType ownType(String id) {
        QualificationType t = qualTypes.get(id);
        if (t == null || t.disposed) {
            throw new ApiException("AWS.MechanicalTurk.QualificationTypeDoesNotExist",
                    "Qualification type " + id + " does not exist.", "QualificationTypeId", id);
        }
        return t;
    }

    private static void checkWorkerId(String name, String id) {
        if (!id.matches("A[A-Z0-9]{5,20}")) {
            throw ApiException.invalid(name, id, "WorkerId is invalid.");
        }
    }

    private static Comparator<String> dir(Comparator<String> c, String direction) {
        return "Descending".equals(direction) ? c.reversed() : c;
    }

    // ------------------------------------------------------------------ dispatch

    /** The names of every operation the simulator answers, in the order of the reference (43 + Help). */
    public static final List<String> OPERATIONS = List.of("ApproveAssignment", "ApproveRejectedAssignment",
            "AssignQualification", "BlockWorker", "ChangeHITTypeOfHIT", "CreateHIT", "CreateQualificationType",
            "DisableHIT", "DisposeHIT", "DisposeQualificationType", "ExtendHIT", "ForceExpireHIT",
            "GetAccountBalance", "GetAssignment", "GetAssignmentsForHIT", "GetBlockedWorkers", "GetBonusPayments",
            "GetFileUploadURL", "GetHIT", "GetHITsForQualificationType", "GetQualificationRequests",
            "GetQualificationScore", "GetQualificationType", "GetQualificationsForQualificationType",
            "GetRequesterStatistic", "GetRequesterWorkerStatistic", "GetReviewResultsForHIT", "GetReviewableHITs",
            "GrantBonus", "GrantQualification", "NotifyWorkers", "RegisterHITType", "RejectAssignment",
            "RejectQualificationRequest", "RevokeQualification", "SearchHITs", "SearchQualificationTypes",
            "SendTestEventNotification", "SetHITAsReviewing", "SetHITTypeNotification", "UnblockWorker",
            "UpdateQualificationScore", "UpdateQualificationType", "Help");

    /** The element directly under {@code {Op}Response} that carries {@code Request/IsValid}. */
    public static String resultElement(String op) {
        return switch (op) {
            case "CreateHIT", "GetHIT" -> "HIT";
            case "CreateQualificationType", "GetQualificationType", "UpdateQualificationType" -> "QualificationType";
            case "GetQualificationScore" -> "Qualification";
            case "GetRequesterStatistic", "GetRequesterWorkerStatistic" -> "GetStatisticResult";
            case "Help" -> "Information";
            default -> op + "Result";
        };
    }

    /**
     * Runs an operation and writes its payload (the children of the result element after {@code Request}).
     * Throws {@link ApiException} on a documented error; the state is unchanged in that case.
     */
    public void execute(String op, Params p, Ctx ctx, XmlOut o) {
        switch (op) {
            case "RegisterHITType" -> registerHitType(p, o);
            case "CreateHIT" -> createHit(p, ctx, o);
            case "GetHIT" -> getHit(p, o);
            case "SearchHITs" -> searchHits(p, o);
            case "GetReviewableHITs" -> getReviewableHits(p, o);
            case "GetHITsForQualificationType" -> getHitsForQualificationType(p, o);
            case "ChangeHITTypeOfHIT" -> changeHitType(p);
            case "ExtendHIT" -> extendHit(p, ctx);
            case "ForceExpireHIT" -> forceExpire(p);
            case "SetHITAsReviewing" -> setReviewing(p);
            case "DisableHIT" -> disableHit(p);
            case "DisposeHIT" -> disposeHit(p);
            case "GetReviewResultsForHIT" -> getReviewResults(p, o);
            case "GetAssignmentsForHIT" -> getAssignmentsForHit(p, o);
            case "GetAssignment" -> getAssignment(p, o);
            case "ApproveAssignment" -> approve(p);
            case "RejectAssignment" -> reject(p);
            case "ApproveRejectedAssignment" -> approveRejected(p);
            case "GetFileUploadURL" -> fileUploadUrl(p, ctx, o);
            case "GrantBonus" -> grantBonus(p, ctx);
            case "GetBonusPayments" -> getBonusPayments(p, o);
            case "CreateQualificationType" -> createQualificationType(p, o);
            case "GetQualificationType" -> getQualificationType(p, o);
            case "UpdateQualificationType" -> updateQualificationType(p, o);
            case "SearchQualificationTypes" -> searchQualificationTypes(p, o);
            case "DisposeQualificationType" -> disposeQualificationType(p);
            case "GetQualificationRequests" -> getQualificationRequests(p, o);
            case "GrantQualification" -> grantQualification(p);
            case "RejectQualificationRequest" -> rejectQualificationRequest(p);
            case "AssignQualification" -> assignQualification(p);
            case "RevokeQualification" -> revokeQualification(p);
            case "GetQualificationScore" -> getQualificationScore(p, o);
            case "UpdateQualificationScore" -> updateQualificationScore(p);
            case "GetQualificationsForQualificationType" -> getQualificationsForType(p, o);
            case "BlockWorker" -> blockWorker(p);
            case "UnblockWorker" -> unblockWorker(p);
            case "GetBlockedWorkers" -> getBlockedWorkers(p, o);
            case "NotifyWorkers" -> notifyWorkers(p, o);
            case "SetHITTypeNotification" -> setHitTypeNotification(p);
            case "SendTestEventNotification" -> sendTestEvent(p);
            case "GetAccountBalance" -> {
                p.all();
                price(o, "AvailableBalance", balance);
            }
            case "GetRequesterStatistic" -> Statistics.requester(this, p, o);
            case "GetRequesterWorkerStatistic" -> Statistics.worker(this, p, o);
            case "Help" -> Help.write(p, o);
            default -> throw ApiException.invalid("Operation", op, "The operation is not supported by version "
                    + "2014-08-15.");
        }
        settle();
    }

    // ------------------------------------------------------------------ HIT types and HITs

    private List<Requirement> requirements(Params p) {
        List<Params> groups = p.structured("QualificationRequirement");
        if (groups.size() > 10) {
            throw ApiException.outOfRange("QualificationRequirement", Integer.toString(groups.size()), "0 to 10");
        }
        List<Requirement> out = new ArrayList<>();
        int n = 0;
        for (Params g : groups) {
            n++;
            String prefix = "QualificationRequirement." + n + ".";
            String typeId = g.opt("QualificationTypeId").orElseThrow(() ->
                    ApiException.missing(prefix + "QualificationTypeId"));
            String comparator = g.opt("Comparator").orElseThrow(() -> ApiException.missing(prefix + "Comparator"));
            if (!COMPARATORS.contains(comparator)) {
                throw ApiException.invalid(prefix + "Comparator", comparator, "Valid values: "
                        + String.join(", ", COMPARATORS) + ".");
            }
            if (!SYSTEM_TYPES.containsKey(typeId)) {
                QualificationType t = qualTypes.get(typeId);
                if (t == null || t.disposed) {
                    throw new ApiException("AWS.MechanicalTurk.QualificationTypeDoesNotExist",
                            "Qualification type " + typeId + " does not exist.", "QualificationTypeId", typeId);
                }
            }
            List<Integer> ints = new ArrayList<>();
            for (String v : g.list("IntegerValue", false)) {
                try {
                    ints.add(Integer.parseInt(v.trim()));
                } catch (NumberFormatException e) {
                    throw ApiException.invalid(prefix + "IntegerValue", v, "It must be an integer.");
                }
            }
            List<Model.Locale> locales = new ArrayList<>();
            for (Params l : g.structured("LocaleValue")) {
                String country = l.opt("Country").orElseThrow(() -> ApiException.missing(prefix + "LocaleValue.Country"));
                if (!country.matches("[A-Z]{2}")) {
                    throw ApiException.invalid(prefix + "LocaleValue.Country", country, "It must be an ISO 3166 code.");
                }
                locales.add(new Model.Locale(country, l.opt("Subdivision").orElse(null)));
            }
            boolean set = comparator.equals("In") || comparator.equals("NotIn");
            boolean exists = comparator.equals("Exists") || comparator.equals("DoesNotExist");
            if (typeId.equals(QT_LOCALE)) {
                if (!ints.isEmpty() || locales.isEmpty() && !exists) {
                    throw ApiException.invalid(prefix + "LocaleValue", String.valueOf(locales.size()),
                            "Worker_Locale requirements take LocaleValue, not IntegerValue.");
                }
                if (!set && !exists && locales.size() != 1 || set && locales.size() > 30) {
                    throw ApiException.outOfRange(prefix + "LocaleValue", Integer.toString(locales.size()),
                            set ? "1 to 30" : "exactly 1");
                }
            } else {
                if (!locales.isEmpty()) {
                    throw ApiException.invalid(prefix + "LocaleValue", locales.get(0).country(),
                            "LocaleValue is only allowed with Worker_Locale.");
                }
                if (exists) {
                    ints.clear();
                } else if (set ? ints.isEmpty() || ints.size() > 15 : ints.size() != 1) {
                    throw ApiException.outOfRange(prefix + "IntegerValue", Integer.toString(ints.size()),
                            set ? "1 to 15 values" : "exactly 1 value");
                }
            }
            boolean preview = g.opt("RequiredToPreview").map(v -> Params.parseBoolean(prefix + "RequiredToPreview", v))
                    .orElse(false);
            out.add(new Requirement(typeId, comparator, List.copyOf(ints), List.copyOf(locales), preview));
        }
        return out;
    }

    private HitType typeFromParams(Params p) {
        String title = p.requiredString("Title", 128);
        String description = p.requiredString("Description", 2000);
        BigDecimal reward = p.requiredPrice("Reward");
        long duration = p.requiredLong("AssignmentDurationInSeconds", 30, 31_536_000);
        String keywords = p.optString("Keywords", 1000).orElse(null);
        long delay = p.longOr("AutoApprovalDelayInSeconds", 0, 2_592_000, 2_592_000);
        List<Requirement> reqs = requirements(p);
        for (HitType t : hitTypes.values()) {
            if (t.sameProperties(title, description, reward, duration, delay, keywords, reqs)) {
                return t;
            }
        }
        HitType t = new HitType(newId(), title, description, reward, duration, delay, keywords, reqs);
        hitTypes.put(t.id, t);
        return t;
    }

    private void registerHitType(Params p, XmlOut o) {
        o.leaf("HITTypeId", typeFromParams(p).id);
    }

    private HitType existingType(String id) {
        HitType t = hitTypes.get(id);
        if (t == null) {
            throw ApiException.invalid("HITTypeId", id, "The HIT type does not exist.");
        }
        return t;
    }

    private void createHit(Params p, Ctx ctx, XmlOut o) {
        Optional<String> token = p.optString("UniqueRequestToken", 64);
        if (token.isPresent()) {
            Token t = hitTokens.get(token.get());
            if (t != null && t.at().plus(Duration.ofHours(24)).isAfter(now)) {
                throw new ApiException("AWS.MechanicalTurk.HitAlreadyExists", "There is already a HIT which exists "
                        + "with the same Unique Request Token: " + t.value() + ".", "HITId", t.value());
            }
        }
        long lifetime = p.requiredLong("LifetimeInSeconds", 30, 31_536_000);
        int max = (int) p.longOr("MaxAssignments", 1, 1_000_000_000, 1);
        String annotation = p.optString("RequesterAnnotation", 255).orElse(null);
        Optional<String> question = p.opt("Question");
        Optional<String> layout = p.opt("HITLayoutId");
        if (question.isPresent() && layout.isPresent()) {
            throw ApiException.invalid("HITLayoutId", layout.get(), "Use either Question or HITLayoutId, not both.");
        }
        if (question.isEmpty() && layout.isEmpty()) {
            throw ApiException.invalid("Question", "", "Either Question or HITLayoutId is required.");
        }
        question.ifPresent(q -> QuestionXml.checkQuestion(q, "Question", false));
        List<Params> layoutParams = p.structured("HITLayoutParameter");
        if (layoutParams.size() > 25) {
            throw ApiException.outOfRange("HITLayoutParameter", Integer.toString(layoutParams.size()), "0 to 25");
        }
        String question2 = question.orElse(null);
        if (layout.isPresent()) {
            StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body><form>");
            for (Params lp : layoutParams) {
                String name = lp.opt("Name").orElseThrow(() -> ApiException.missing("HITLayoutParameter.Name"));
                html.append("<p>").append(name).append("</p><input type=\"text\" name=\"")
                        .append(name.replaceAll("[^A-Za-z0-9_]", "_")).append("\"/>");
            }
            html.append("<textarea name=\"answer\"></textarea></form></body></html>");
            question2 = "<HTMLQuestion xmlns=\"" + QuestionXml.HTML_NS + "\"><HTMLContent><![CDATA["
                    + html + "]]></HTMLContent><FrameHeight>450</FrameHeight></HTMLQuestion>";
        }
        HitType type = p.opt("HITTypeId").map(this::existingType).orElse(null);
        if (type == null) {
            type = typeFromParams(p);
        }
        BigDecimal liability = type.reward.add(Fees.rewardFee(type.reward, max)).multiply(BigDecimal.valueOf(max));
        if (liability.compareTo(balance) > 0) {
            throw new ApiException("AWS.MechanicalTurk.InsufficientFunds", "This Requester has insufficient funds "
                    + "in their account to complete this transaction: " + formatted(liability) + " needed, "
                    + formatted(balance) + " available.");
        }
        String arp = p.opt("AssignmentReviewPolicy.PolicyName").orElse(null);
        String hrp = p.opt("HITReviewPolicy.PolicyName").orElse(null);
        Hit h = new Hit(newId(), seq++, type, now, question2, layout.orElse(null), max,
                now.plusSeconds(lifetime), annotation, arp, hrp);
        hits.put(h.id, h);
        token.ifPresent(t -> hitTokens.put(t, new Token(h.id, now, ctx.requestId())));
        scheduleExpiry(h);
        event("HITCreated", h, null);
        sweepNeeded = true;
        writeHit(o, h, groups(p, Set.of("Minimal")));
    }

    private void scheduleExpiry(Hit h) {
        Instant at = h.expiration;
        schedule(at, () -> transitions(h));
    }

    /** Fires HITExpired / HITReviewable once each when the HIT gets there. */
    private void transitions(Hit h) {
        if (h.disposed) {
            return;
        }
        if (h.expired(now) && !h.expiredNotified) {
            h.expiredNotified = true;
            event("HITExpired", h, null);
        }
        String status = h.status(now);
        if (status.equals("Reviewable") && !h.reviewableNotified) {
            h.reviewableNotified = true;
            event("HITReviewable", h, null);
        }
    }

    static Set<String> groups(Params p, Set<String> dflt) {
        List<String> g = p.list("ResponseGroup", true);
        if (g.isEmpty() || g.equals(List.of("Request"))) {
            Set<String> s = new HashSet<>(dflt);
            s.addAll(g);
            return s;
        }
        return new HashSet<>(g);
    }

    private void writeHit(XmlOut o, Hit h, Set<String> groups) {
        boolean detail = groups.contains("HITDetail");
        o.leaf("HITId", h.id).leaf("HITTypeId", h.type.id);
        if (detail) {
            o.leaf("HITGroupId", h.type.id).leaf("HITLayoutId", h.layoutId).leaf("CreationTime", time(h.creationTime))
                    .leaf("Title", h.type.title).leaf("Description", h.type.description);
        }
        if (groups.contains("HITQuestion")) {
            o.leaf("Question", h.question);
        }
        if (detail) {
            o.leaf("Keywords", h.type.keywords).leaf("HITStatus", h.status(now)).leaf("MaxAssignments", h.maxAssignments);
            price(o, "Reward", h.type.reward);
            o.leaf("AutoApprovalDelayInSeconds", h.type.autoApprovalDelay).leaf("Expiration", time(h.expiration))
                    .leaf("AssignmentDurationInSeconds", h.type.assignmentDuration)
                    .leaf("RequesterAnnotation", h.annotation);
            for (Requirement r : h.type.requirements) {
                o.start("QualificationRequirement").leaf("QualificationTypeId", r.typeId())
                        .leaf("Comparator", r.comparator());
                r.integers().forEach(i -> o.leaf("IntegerValue", i));
                for (Model.Locale l : r.locales()) {
                    o.start("LocaleValue").leaf("Country", l.country()).leaf("Subdivision", l.subdivision()).end();
                }
                o.leaf("RequiredToPreview", r.requiredToPreview() ? "1" : "0").end();
            }
            o.leaf("HITReviewStatus", "NotReviewed");
        }
        if (groups.contains("HITAssignmentSummary")) {
            o.leaf("NumberOfAssignmentsPending", h.pending())
                    .leaf("NumberOfAssignmentsAvailable", h.disposed ? 0 : h.available())
                    .leaf("NumberOfAssignmentsCompleted", h.completed());
        }
    }

    private void getHit(Params p, XmlOut o) {
        Hit h = hit(p.required("HITId"));
        writeHit(o, h, groups(p, Set.of("Minimal", "HITDetail", "HITQuestion")));
    }

    private Comparator<Hit> hitOrder(String sort, String direction) {
        Comparator<Hit> c = switch (sort) {
            case "Title" -> Comparator.comparing((Hit h) -> h.type.title);
            case "Reward" -> Comparator.comparing((Hit h) -> h.type.reward);
            case "Expiration" -> Comparator.comparing((Hit h) -> h.expiration);
            default -> Comparator.comparing((Hit h) -> h.creationTime);
        };
        c = c.thenComparingLong(h -> h.sequence);
        if (sort.equals("Enumeration")) {
            return Comparator.comparingLong(h -> h.sequence);
        }
        return "Descending".equals(direction) ? c.reversed() : c;
    }

    private void hitListing(Params p, XmlOut o, Predicate<Hit> filter, String defaultSort, String defaultDir,
                            Set<String> defaultGroups, boolean minimalOnly) {
        String sort = p.optEnum("SortProperty", SORT_HIT).orElse(defaultSort);
        String direction = p.optEnum("SortDirection", SORT_DIR).orElse(defaultDir);
        int size = p.pageSize(100);
        int number = p.pageNumber();
        Set<String> groups = minimalOnly ? Set.of("Minimal") : groups(p, defaultGroups);
        List<Hit> all = hits.values().stream().filter(h -> !h.disposed).filter(filter)
                .sorted(hitOrder(sort, direction)).toList();
        List<Hit> pg = page(all, size, number);
        paging(o, pg.size(), all.size(), number);
        for (Hit h : pg) {
            o.start("HIT");
            if (minimalOnly) {
                o.leaf("HITId", h.id);
            } else {
                writeHit(o, h, groups);
            }
            o.end();
        }
    }

    private void searchHits(Params p, XmlOut o) {
        hitListing(p, o, h -> true, "CreationTime", "Ascending",
                Set.of("Minimal", "HITDetail", "HITAssignmentSummary"), false);
    }

    private void getReviewableHits(Params p, XmlOut o) {
        Optional<String> type = p.opt("HITTypeId");
        List<String> statuses = p.list("Status", true);
        for (String s : statuses) {
            if (!s.equals("Reviewable") && !s.equals("Reviewing")) {
                throw ApiException.invalid("Status", s, "Valid values: Reviewable, Reviewing.");
            }
        }
        Set<String> wanted = statuses.isEmpty() ? Set.of("Reviewable") : Set.copyOf(statuses);
        hitListing(p, o, h -> type.map(t -> t.equals(h.type.id)).orElse(true) && wanted.contains(h.status(now)),
                "Expiration", "Descending", Set.of("Minimal"), true);
    }

    private void getHitsForQualificationType(Params p, XmlOut o) {
        String typeId = p.required("QualificationTypeId");
        if (!SYSTEM_TYPES.containsKey(typeId)) {
            ownType(typeId);
        }
        hitListing(p, o, h -> h.type.requirements.stream().anyMatch(r -> r.typeId().equals(typeId)),
                "CreationTime", "Ascending", Set.of("Minimal", "HITDetail", "HITAssignmentSummary"), false);
    }

    private void changeHitType(Params p) {
        Hit h = liveHit(p.required("HITId"));
        HitType t = existingType(p.required("HITTypeId"));
        h.type = t;
        sweepNeeded = true;
    }

    private void extendHit(Params p, Ctx ctx) {
        Hit h = liveHit(p.required("HITId"));
        Optional<Long> inc = p.optLong("MaxAssignmentsIncrement", 1, 1_000_000_000);
        Optional<Long> secs = p.optLong("ExpirationIncrementInSeconds", 3600, 31_536_000);
        Optional<String> token = p.optString("UniqueRequestToken", 64);
        if (inc.isEmpty() && secs.isEmpty()) {
            throw ApiException.missing("MaxAssignmentsIncrement or ExpirationIncrementInSeconds");
        }
        if (token.isPresent()) {
            Token t = extendTokens.get(token.get());
            if (t != null && t.at().plus(Duration.ofHours(24)).isAfter(now)) {
                throw new ApiException("AWS.MechanicalTurk.DuplicateCall", "The ExtendHIT request with Unique "
                        + "Request Token " + token.get() + " was already processed by request " + t.requestId() + ".",
                        "RequestId", t.requestId());
            }
        }
        if (inc.isPresent()) {
            long newMax = h.maxAssignments + inc.get();
            if (h.maxAssignments < 10 && newMax >= 10) {
                throw new ApiException("AWS.MechanicalTurk.InvalidMaximumAssignmentsIncrease", "HITs created with "
                        + "fewer than 10 assignments cannot be extended to have 10 or more assignments.",
                        "HITId", h.id);
            }
            if (newMax > 1_000_000_000) {
                throw ApiException.outOfRange("MaxAssignmentsIncrement", inc.get().toString(), "1 to "
                        + (1_000_000_000 - h.maxAssignments));
            }
            BigDecimal extra = h.type.reward.add(Fees.rewardFee(h.type.reward, (int) newMax))
                    .multiply(BigDecimal.valueOf(inc.get()));
            if (extra.compareTo(balance) > 0) {
                throw new ApiException("AWS.MechanicalTurk.InsufficientFunds", "This Requester has insufficient "
                        + "funds in their account to complete this transaction.");
            }
            h.maxAssignments = (int) newMax;
        }
        if (secs.isPresent()) {
            h.expiration = (h.expired(now) ? now : h.expiration).plusSeconds(secs.get());
            scheduleExpiry(h);
        }
        h.reviewing = false;
        h.expiredNotified = h.expired(now);
        h.reviewableNotified = h.status(now).equals("Reviewable");
        token.ifPresent(t -> extendTokens.put(t, new Token(h.id, now, ctx.requestId())));
        event("HITExtended", h, null);
        sweepNeeded = true;
    }

    private void forceExpire(Params p) {
        Hit h = liveHit(p.required("HITId"));
        if (h.expired(now)) {
            throw new ApiException("AWS.MechanicalTurk.InvalidHITState", "Hit " + h.id + " has already expired.",
                    "HITId", h.id);
        }
        h.expiration = now;
        transitions(h);
    }

    private void setReviewing(Params p) {
        Hit h = liveHit(p.required("HITId"));
        boolean revert = p.optBoolean("Revert").orElse(false);
        String status = h.status(now);
        if (!revert && status.equals("Reviewable")) {
            h.reviewing = true;
        } else if (revert && status.equals("Reviewing")) {
            h.reviewing = false;
        } else {
            throw new ApiException("AWS.MechanicalTurk.InvalidHITState", "Hit " + h.id + " is " + status
                    + "; SetHITAsReviewing" + (revert ? " with Revert" : "") + " needs a "
                    + (revert ? "Reviewing" : "Reviewable") + " HIT.", "HITId", h.id);
        }
    }

    private void disableHit(Params p) {
        Hit h = liveHit(p.required("HITId"));
        String status = h.status(now);
        if (status.equals("Reviewable") || status.equals("Reviewing")) {
            throw new ApiException("AWS.MechanicalTurk.InvalidHITState", "Hit " + h.id + " is " + status
                    + "; DisableHIT is not allowed on Reviewable HITs (use DisposeHIT).", "HITId", h.id);
        }
        for (Assignment a : h.assignments) {
            if (a.state == AssignmentState.SUBMITTED) {
                doApprove(a, null, true);
            }
        }
        h.disabled = true;
        h.disposed = true;
        if (!h.expired(now)) {
            h.expiration = now;
        }
        event("HITDisposed", h, null);
    }

    private void disposeHit(Params p) {
        Hit h = liveHit(p.required("HITId"));
        String status = h.status(now);
        if (!status.equals("Reviewable") && !status.equals("Reviewing")) {
            throw new ApiException("AWS.MechanicalTurk.InvalidHITState", "Hit " + h.id + " is " + status
                    + "; only Reviewable HITs can be disposed.", "HITId", h.id);
        }
        if (h.assignments.stream().anyMatch(a -> a.state == AssignmentState.SUBMITTED)) {
            throw new ApiException("AWS.MechanicalTurk.InvalidHITState", "Hit " + h.id + " has submitted "
                    + "assignments that are neither approved nor rejected.", "HITId", h.id);
        }
        h.disposed = true;
        event("HITDisposed", h, null);
    }

    private void getReviewResults(Params p, XmlOut o) {
        Hit h = hit(p.required("HITId"));
        for (String level : p.list("PolicyLevel", true)) {
            if (!level.equals("Assignment") && !level.equals("HIT")) {
                throw ApiException.invalid("PolicyLevel", level, "Valid values: Assignment, HIT.");
            }
        }
        p.optLong("PageSize", 100, 65535);
        p.optBoolean("RetrieveActions");
        p.optBoolean("RetrieveResults");
        o.leaf("HITId", h.id);
        if (h.assignmentReviewPolicy != null) {
            o.start("AssignmentReviewPolicy").leaf("PolicyName", h.assignmentReviewPolicy).end();
        }
        if (h.hitReviewPolicy != null) {
            o.start("HITReviewPolicy").leaf("PolicyName", h.hitReviewPolicy).end();
        }
    }

    // ------------------------------------------------------------------ assignments

    private void writeAssignment(XmlOut o, Assignment a, boolean feedback) {
        o.start("Assignment").leaf("AssignmentId", a.id).leaf("WorkerId", a.workerId).leaf("HITId", a.hit.id)
                .leaf("AssignmentStatus", switch (a.state) {
                    case APPROVED -> "Approved";
                    case REJECTED -> "Rejected";
                    default -> "Submitted";
                })
                .leaf("AutoApprovalTime", time(a.autoApprovalTime)).leaf("AcceptTime", time(a.acceptTime))
                .leaf("SubmitTime", time(a.submitTime)).leaf("ApprovalTime", time(a.approvalTime))
                .leaf("RejectionTime", time(a.rejectionTime)).leaf("Answer", a.answer == null ? "" : a.answer);
        if (feedback) {
            o.leaf("RequesterFeedback", a.feedback);
        }
        o.end();
    }

    private void getAssignmentsForHit(Params p, XmlOut o) {
        Hit h = liveHit(p.required("HITId"));
        Set<String> statuses = new HashSet<>();
        for (String s : p.list("AssignmentStatus", true)) {
            if (!List.of("Submitted", "Approved", "Rejected").contains(s)) {
                throw ApiException.invalid("AssignmentStatus", s, "Valid values: Submitted, Approved, Rejected.");
            }
            statuses.add(s.toUpperCase(Locale.ROOT));
        }
        String sort = p.optEnum("SortProperty", List.of("AcceptTime", "SubmitTime", "AssignmentStatus", "Answer"))
                .orElse("SubmitTime");
        String direction = p.optEnum("SortDirection", SORT_DIR).orElse("Ascending");
        int size = p.pageSize(100);
        int number = p.pageNumber();
        Comparator<Assignment> c = switch (sort) {
            case "AcceptTime" -> Comparator.comparing((Assignment a) -> a.acceptTime);
            case "AssignmentStatus" -> Comparator.comparing((Assignment a) -> a.state.name());
            case "Answer" -> Comparator.comparing((Assignment a) -> a.answer == null ? "" : a.answer);
            default -> Comparator.comparing((Assignment a) -> a.submitTime);
        };
        if (direction.equals("Descending")) {
            c = c.reversed();
        }
        List<Assignment> all = h.assignments.stream().filter(Assignment::visible)
                .filter(a -> statuses.isEmpty() || statuses.contains(a.state.name())).sorted(c).toList();
        List<Assignment> pg = page(all, size, number);
        boolean feedback = groups(p, Set.of("Minimal")).contains("AssignmentFeedback");
        paging(o, pg.size(), all.size(), number);
        pg.forEach(a -> writeAssignment(o, a, feedback));
    }

    private void getAssignment(Params p, XmlOut o) {
        Assignment a = assignment(p.required("AssignmentId"));
        Set<String> groups = groups(p, Set.of("Minimal"));
        writeAssignment(o, a, groups.contains("AssignmentFeedback"));
        o.start("HIT");
        writeHit(o, a.hit, groups);
        o.end();
    }

    private static Optional<String> feedback(Params p) {
        Optional<String> f = p.optString("RequesterFeedback", 1024);
        f.ifPresent(s -> {
            for (char c : s.toCharArray()) {
                if (c <= 8 || c == 11 || c == 12 || c >= 14 && c <= 31) {
                    throw ApiException.invalid("RequesterFeedback", Params.abbreviate(s),
                            "It must not contain ASCII control characters 0-8, 11, 12 or 14-31.");
                }
            }
        });
        return f;
    }

    private BigDecimal cost(Assignment a) {
        BigDecimal r = a.hit.type.reward;
        return r.add(Fees.rewardFee(r, a.hit.maxAssignments));
    }

    private void doApprove(Assignment a, String feedback, boolean force) {
        BigDecimal cost = cost(a);
        if (!force && cost.compareTo(balance) > 0) {
            throw new ApiException("AWS.MechanicalTurk.InsufficientFunds", "This Requester has insufficient funds "
                    + "in their account to complete this transaction: " + formatted(cost) + " needed, "
                    + formatted(balance) + " available.", "AssignmentId", a.id);
        }
        balance = balance.subtract(cost);
        a.paid = a.paid.add(cost);
        rewardPayouts++;
        a.state = AssignmentState.APPROVED;
        a.approvalTime = now;
        if (feedback != null) {
            a.feedback = feedback;
        }
        event("AssignmentApproved", a.hit, a);
        transitions(a.hit);
    }

    private void approve(Params p) {
        Assignment a = assignment(p.required("AssignmentId"));
        Optional<String> f = feedback(p);
        if (a.state != AssignmentState.SUBMITTED) {
            throw new ApiException("AWS.MechanicalTurk.InvalidAssignmentState", "Assignment " + a.id + " is "
                    + a.state.name().toLowerCase(Locale.ROOT) + "; only submitted assignments can be approved.",
                    "AssignmentId", a.id);
        }
        doApprove(a, f.orElse(null), false);
    }

    private void reject(Params p) {
        Assignment a = assignment(p.required("AssignmentId"));
        Optional<String> f = feedback(p);
        if (a.state != AssignmentState.SUBMITTED) {
            throw new ApiException("AWS.MechanicalTurk.InvalidAssignmentState", "Assignment " + a.id + " is "
                    + a.state.name().toLowerCase(Locale.ROOT) + "; only submitted assignments can be rejected.",
                    "AssignmentId", a.id);
        }
        a.state = AssignmentState.REJECTED;
        a.rejectionTime = now;
        a.feedback = f.orElse(null);
        event("AssignmentRejected", a.hit, a);
        transitions(a.hit);
    }

    private void approveRejected(Params p) {
        Assignment a = assignment(p.required("AssignmentId"));
        Optional<String> f = feedback(p);
        if (a.state != AssignmentState.REJECTED) {
            throw new ApiException("AWS.MechanicalTurk.InvalidAssignmentState", "Assignment " + a.id
                    + " is not rejected.", "AssignmentId", a.id);
        }
        if (a.submitTime.plus(Duration.ofDays(30)).isBefore(now) || a.hit.disposed) {
            throw new ApiException("AWS.MechanicalTurk.InvalidAssignmentState", "Assignment " + a.id
                    + " was submitted more than 30 days ago or its HIT is disposed.", "AssignmentId", a.id);
        }
        a.rejectionTime = null;
        doApprove(a, f.orElse(a.feedback), false);
    }

    private void fileUploadUrl(Params p, Ctx ctx, XmlOut o) {
        Assignment a = assignment(p.required("AssignmentId"));
        String qid = p.required("QuestionIdentifier");
        Upload u = uploads.get(a.id + "\n" + qid);
        if (u == null) {
            throw ApiException.invalid("QuestionIdentifier", qid, "The assignment has no uploaded file for this "
                    + "question.");
        }
        String token = id(random, 24).toLowerCase(Locale.ROOT);
        uploadUrls.put(token, new Instant[] {now.plusSeconds(60)});
        uploadUrlKeys.put(token, a.id + "\n" + qid);
        o.leaf("FileUploadURL", ctx.baseUrl() + "files/" + token + "/" + u.key().replaceAll("[^A-Za-z0-9/_.-]", "_"));
    }

    /** The bytes behind a file URL, or empty when the URL is unknown or older than 60 simulated seconds. */
    public Optional<byte[]> uploadedFile(String token) {
        Instant[] until = uploadUrls.get(token);
        if (until == null || now.isAfter(until[0])) {
            return Optional.empty();
        }
        Upload u = uploads.get(uploadUrlKeys.get(token));
        return u == null ? Optional.empty() : Optional.of(u.bytes());
    }

    private void grantBonus(Params p, Ctx ctx) {
        String workerId = p.required("WorkerId");
        Assignment a = assignment(p.required("AssignmentId"));
        BigDecimal amount = p.requiredPrice("BonusAmount");
        String reason = p.requiredString("Reason", 4096);
        Optional<String> token = p.optString("UniqueRequestToken", 64);
        if (!a.workerId.equals(workerId)) {
            throw ApiException.invalid("WorkerId", workerId, "The worker did not work on assignment " + a.id + ".");
        }
        if (amount.signum() <= 0) {
            throw ApiException.outOfRange("BonusAmount.1.Amount", money(amount), "0.01 or more");
        }
        if (token.isPresent()) {
            Token t = bonusTokens.get(token.get());
            if (t != null && t.at().plus(Duration.ofHours(24)).isAfter(now)) {
                throw new ApiException("AWS.MechanicalTurk.DuplicateCall", "The GrantBonus request with Unique "
                        + "Request Token " + token.get() + " was already processed by request " + t.requestId() + ".",
                        "RequestId", t.requestId());
            }
        }
        BigDecimal fee = Fees.bonusFee(amount);
        if (amount.add(fee).compareTo(balance) > 0) {
            throw new ApiException("AWS.MechanicalTurk.InsufficientFunds", "This Requester has insufficient funds "
                    + "in their account to complete this transaction.");
        }
        balance = balance.subtract(amount.add(fee));
        bonuses.add(new Bonus(workerId, a.id, a.hit.id, amount, fee, reason, now));
        token.ifPresent(t -> bonusTokens.put(t, new Token(a.id, now, ctx.requestId())));
    }

    private void getBonusPayments(Params p, XmlOut o) {
        Optional<String> hitId = p.opt("HITId");
        Optional<String> assignmentId = p.opt("AssignmentId");
        if (hitId.isPresent() == assignmentId.isPresent()) {
            throw hitId.isPresent() ? ApiException.invalid("AssignmentId", assignmentId.get(),
                    "Give either HITId or AssignmentId, not both.") : ApiException.missing("HITId or AssignmentId");
        }
        hitId.ifPresent(this::hit);
        assignmentId.ifPresent(this::assignment);
        int size = p.pageSize(100);
        int number = p.pageNumber();
        List<Bonus> all = bonuses.stream().filter(b -> hitId.map(b.hitId()::equals)
                .orElseGet(() -> b.assignmentId().equals(assignmentId.get()))).toList();
        List<Bonus> pg = page(all, size, number);
        paging(o, pg.size(), all.size(), number);
        for (Bonus b : pg) {
            o.start("BonusPayment").leaf("WorkerId", b.workerId());
            price(o, "BonusAmount", b.amount());
            o.leaf("AssignmentId", b.assignmentId()).leaf("Reason", b.reason()).leaf("GrantTime", time(b.grantTime()))
                    .end();
        }
    }

    // ------------------------------------------------------------------ qualifications

    private void writeQualificationType(XmlOut o, QualificationType t) {
        o.leaf("QualificationTypeId", t.id).leaf("CreationTime", time(t.creationTime)).leaf("Name", t.name)
                .leaf("Description", t.description).leaf("Keywords", t.keywords)
                .leaf("QualificationTypeStatus", t.status).leaf("Test", t.test)
                .leaf("TestDurationInSeconds", t.testDuration).leaf("AnswerKey", t.answerKey)
                .leaf("RetryDelayInSeconds", t.retryDelay).leaf("IsRequestable", "true")
                .leaf("AutoGranted", t.autoGranted ? "1" : "0");
        if (t.autoGranted) {
            o.leaf("AutoGrantedValue", t.autoGrantedValue);
        }
    }

    private static void writeSystemType(XmlOut o, String id) {
        String[] d = SYSTEM_TYPES.get(id);
        o.leaf("QualificationTypeId", id).leaf("CreationTime", "2005-01-01T00:00:00Z").leaf("Name", d[0])
                .leaf("Description", d[1]).leaf("QualificationTypeStatus", "Active")
                .leaf("IsRequestable", "false").leaf("AutoGranted", "0");
    }

    private void createQualificationType(Params p, XmlOut o) {
        String name = p.requiredString("Name", 2000);
        String description = p.requiredString("Description", 2000);
        String status = p.optEnum("QualificationTypeStatus", List.of("Active", "Inactive"))
                .orElseThrow(() -> ApiException.missing("QualificationTypeStatus"));
        String keywords = p.optString("Keywords", 1000).orElse(null);
        Optional<Long> retry = p.optLong("RetryDelayInSeconds", 0, Long.MAX_VALUE);
        Optional<String> test = p.opt("Test");
        Optional<String> answerKey = p.opt("AnswerKey");
        Optional<Long> testDuration = p.optLong("TestDurationInSeconds", 1, 31_536_000);
        boolean autoGranted = p.optBoolean("AutoGranted").orElse(false);
        int autoValue = (int) p.longOr("AutoGrantedValue", Integer.MIN_VALUE, Integer.MAX_VALUE, 1);
        test.ifPresent(t -> QuestionXml.checkQuestion(t, "Test", true));
        answerKey.ifPresent(AnswerKeys::check);
        if (test.isPresent() && testDuration.isEmpty()) {
            throw ApiException.missing("TestDurationInSeconds");
        }
        if (test.isPresent() && autoGranted) {
            throw ApiException.invalid("AutoGranted", "true", "A qualification type with a Test cannot be AutoGranted.");
        }
        if (answerKey.isPresent() && test.isEmpty()) {
            throw ApiException.invalid("AnswerKey", Params.abbreviate(answerKey.get()), "An AnswerKey needs a Test.");
        }
        for (QualificationType t : qualTypes.values()) {
            if (!t.disposed && t.name.equals(name)) {
                throw new ApiException("AWS.MechanicalTurk.QualificationTypeAlreadyExists", "You have already "
                        + "created a QualificationType with this name. A QualificationType's name must be unique "
                        + "among all of the QualificationTypes created by the same user.",
                        "QualificationTypeId", t.id);
            }
        }
        QualificationType t = new QualificationType(newId(), now, name, description, keywords);
        t.status = status;
        t.test = test.orElse(null);
        t.testDuration = testDuration.orElse(null);
        t.answerKey = answerKey.orElse(null);
        t.retryDelay = retry.orElse(null);
        t.autoGranted = autoGranted;
        t.autoGrantedValue = autoValue;
        qualTypes.put(t.id, t);
        sweepNeeded = true;
        writeQualificationType(o, t);
    }

    private void getQualificationType(Params p, XmlOut o) {
        String id = p.required("QualificationTypeId");
        if (SYSTEM_TYPES.containsKey(id)) {
            writeSystemType(o, id);
        } else {
            writeQualificationType(o, ownType(id));
        }
    }

    private void updateQualificationType(Params p, XmlOut o) {
        QualificationType t = ownType(p.required("QualificationTypeId"));
        Optional<String> description = p.optString("Description", 2000);
        Optional<String> status = p.optEnum("QualificationTypeStatus", List.of("Active", "Inactive"));
        Optional<String> test = p.opt("Test");
        Optional<String> answerKey = p.opt("AnswerKey");
        Optional<Long> testDuration = p.optLong("TestDurationInSeconds", 1, 31_536_000);
        Optional<Long> retry = p.optLong("RetryDelayInSeconds", 0, Long.MAX_VALUE);
        Optional<Boolean> autoGranted = p.optBoolean("AutoGranted");
        Optional<Long> autoValue = p.optLong("AutoGrantedValue", Integer.MIN_VALUE, Integer.MAX_VALUE);
        test.ifPresent(x -> QuestionXml.checkQuestion(x, "Test", true));
        answerKey.ifPresent(AnswerKeys::check);
        if ((answerKey.isPresent() || testDuration.isPresent()) && test.isEmpty()) {
            throw ApiException.missing("Test");
        }
        if (test.isPresent() && testDuration.isEmpty() && t.testDuration == null) {
            throw ApiException.missing("TestDurationInSeconds");
        }
        if (autoGranted.orElse(false) && (t.test != null || test.isPresent())) {
            throw ApiException.invalid("AutoGranted", "true", "A qualification type with a Test cannot be AutoGranted.");
        }
        if (retry.isEmpty() && t.retryDelay != null && p.raw("RetryDelayInSeconds") != null) {
            throw ApiException.invalid("RetryDelayInSeconds", "", "Retries cannot be disabled once allowed.");
        }
        description.ifPresent(d -> t.description = d);
        status.ifPresent(s -> t.status = s);
        test.ifPresent(x -> {
            t.test = x;
            t.answerKey = answerKey.orElse(null);
        });
        testDuration.ifPresent(d -> t.testDuration = d);
        retry.ifPresent(r -> t.retryDelay = r);
        autoGranted.ifPresent(a -> t.autoGranted = a);
        autoValue.ifPresent(v -> t.autoGrantedValue = v.intValue());
        sweepNeeded = true;
        writeQualificationType(o, t);
    }

    private void searchQualificationTypes(Params p, XmlOut o) {
        boolean requestable = p.optBoolean("MustBeRequestable").orElseThrow(() ->
                ApiException.missing("MustBeRequestable"));
        boolean owned = p.optBoolean("MustBeOwnedByCaller").orElse(false);
        Optional<String> query = p.optNotNone("Query").map(q -> q.toLowerCase(Locale.ROOT));
        p.optEnum("SortProperty", List.of("Name"));
        String direction = p.optEnum("SortDirection", SORT_DIR).orElse("Descending");
        int size = p.pageSize(100);
        int number = p.pageNumber();
        record Row(String name, QualificationType own, String system) {
        }
        List<Row> rows = new ArrayList<>();
        for (QualificationType t : qualTypes.values()) {
            if (!t.disposed && (!requestable || t.status.equals("Active"))) {
                rows.add(new Row(t.name, t, null));
            }
        }
        if (!owned && !requestable) {
            SYSTEM_TYPES.forEach((id, d) -> rows.add(new Row(d[0], null, id)));
        }
        List<Row> all = rows.stream().filter(r -> query.isEmpty() || matches(r, query.get()))
                .sorted(Comparator.comparing(Row::name, dir(Comparator.naturalOrder(), direction))).toList();
        List<Row> pg = page(all, size, number);
        paging(o, pg.size(), all.size(), number);
        for (Row r : pg) {
            o.start("QualificationType");
            if (r.own() != null) {
                writeQualificationType(o, r.own());
            } else {
                writeSystemType(o, r.system());
            }
            o.end();
        }
    }

    private static boolean matches(Object row, String q) {
        String text = row.toString().toLowerCase(Locale.ROOT);
        if (row instanceof Record) {
            try {
                Object own = row.getClass().getMethod("own").invoke(row);
                if (own instanceof QualificationType t) {
                    text = (t.name + " " + t.description + " " + (t.keywords == null ? "" : t.keywords))
                            .toLowerCase(Locale.ROOT);
                }
            } catch (ReflectiveOperationException e) {
                // keep the fallback text
            }
        }
        return text.contains(q);
    }

    private void disposeQualificationType(Params p) {
        QualificationType t = ownType(p.required("QualificationTypeId"));
        t.disposed = true;
        for (QualificationRequest r : qualRequests.values()) {
            if (r.typeId.equals(t.id)) {
                r.open = false;
            }
        }
    }

    private void getQualificationRequests(Params p, XmlOut o) {
        Optional<String> typeId = p.opt("QualificationTypeId");
        typeId.ifPresent(this::ownType);
        // boto2 sends SortProperty=Expiration by default; it is accepted and sorts like SubmitTime.
        String sort = p.optEnum("SortProperty", List.of("QualificationTypeId", "SubmitTime", "Expiration"))
                .orElse("SubmitTime");
        String direction = p.optEnum("SortDirection", SORT_DIR).orElse("Ascending");
        int size = p.pageSize(100);
        int number = p.pageNumber();
        Comparator<QualificationRequest> c = sort.equals("QualificationTypeId")
                ? Comparator.comparing((QualificationRequest r) -> r.typeId).thenComparing(r -> r.submitTime)
                : Comparator.comparing((QualificationRequest r) -> r.submitTime);
        if (direction.equals("Descending")) {
            c = c.reversed();
        }
        List<QualificationRequest> all = qualRequests.values().stream().filter(r -> r.open)
                .filter(r -> typeId.map(r.typeId::equals).orElse(true)).sorted(c).toList();
        List<QualificationRequest> pg = page(all, size, number);
        paging(o, pg.size(), all.size(), number);
        for (QualificationRequest r : pg) {
            o.start("QualificationRequest").leaf("QualificationRequestId", r.id).leaf("QualificationTypeId", r.typeId)
                    .leaf("SubjectId", r.workerId).leaf("Test", r.test).leaf("Answer", r.answer)
                    .leaf("SubmitTime", time(r.submitTime)).end();
        }
    }

    private QualificationRequest openRequest(String id) {
        QualificationRequest r = qualRequests.get(id);
        if (r == null) {
            throw new ApiException("AWS.MechanicalTurk.QualificationRequestDoesNotExist", "Qualification request "
                    + id + " does not exist.", "QualificationRequestId", id);
        }
        if (!r.open) {
            throw new ApiException("AWS.MechanicalTurk.InvalidQualificationRequestState", "Qualification request "
                    + id + " has already been granted or rejected.", "QualificationRequestId", id);
        }
        return r;
    }

    private void grant(String typeId, String workerId, int value) {
        String key = typeId + "\n" + workerId;
        Qualification q = quals.get(key);
        if (q == null) {
            quals.put(key, new Qualification(typeId, workerId, now, value));
        } else {
            q.value = value;
            q.revoked = false;
            q.grantTime = now;
        }
        sweepNeeded = true;
    }

    private void grantQualification(Params p) {
        QualificationRequest r = openRequest(p.required("QualificationRequestId"));
        int value = (int) p.longOr("IntegerValue", Integer.MIN_VALUE, Integer.MAX_VALUE, 1);
        r.open = false;
        grant(r.typeId, r.workerId, value);
    }

    private void rejectQualificationRequest(Params p) {
        QualificationRequest r = openRequest(p.required("QualificationRequestId"));
        p.optString("Reason", 1024);
        r.open = false;
    }

    private void assignQualification(Params p) {
        QualificationType t = ownType(p.required("QualificationTypeId"));
        String worker = p.required("WorkerId");
        checkWorkerId("WorkerId", worker);
        int value = (int) p.longOr("IntegerValue", Integer.MIN_VALUE, Integer.MAX_VALUE, 1);
        p.optBoolean("SendNotification");
        grant(t.id, worker, value);
    }

    private Qualification heldQualification(String typeId, String worker, boolean grantedOnly) {
        Qualification q = quals.get(typeId + "\n" + worker);
        if (q == null || grantedOnly && q.revoked) {
            throw new ApiException("AWS.MechanicalTurk.QualificationDoesNotExist", "You requested a Qualification "
                    + "that does not exist: worker " + worker + ", type " + typeId + ".", "QualificationTypeId", typeId,
                    "SubjectId", worker);
        }
        return q;
    }

    private void revokeQualification(Params p) {
        String worker = p.required("SubjectId");
        QualificationType t = ownType(p.required("QualificationTypeId"));
        p.optNotNone("Reason");
        Qualification q = heldQualification(t.id, worker, true);
        q.revoked = true;
    }

    private void writeQualification(XmlOut o, Qualification q) {
        o.leaf("QualificationTypeId", q.typeId).leaf("SubjectId", q.workerId).leaf("GrantTime", time(q.grantTime))
                .leaf("IntegerValue", q.value).leaf("Status", q.revoked ? "Revoked" : "Granted");
    }

    private void getQualificationScore(Params p, XmlOut o) {
        QualificationType t = ownType(p.required("QualificationTypeId"));
        String worker = p.required("SubjectId");
        writeQualification(o, heldQualification(t.id, worker, false));
    }

    private void updateQualificationScore(Params p) {
        QualificationType t = ownType(p.required("QualificationTypeId"));
        String worker = p.required("SubjectId");
        int value = (int) p.requiredLong("IntegerValue", Integer.MIN_VALUE, Integer.MAX_VALUE);
        Qualification q = heldQualification(t.id, worker, true);
        q.value = value;
        sweepNeeded = true;
    }

    private void getQualificationsForType(Params p, XmlOut o) {
        QualificationType t = ownType(p.required("QualificationTypeId"));
        boolean revoked = p.optEnum("Status", List.of("Granted", "Revoked")).orElse("Granted").equals("Revoked");
        int size = p.pageSize(100);
        int number = p.pageNumber();
        List<Qualification> all = quals.values().stream().filter(q -> q.typeId.equals(t.id) && q.revoked == revoked)
                .toList();
        List<Qualification> pg = page(all, size, number);
        paging(o, pg.size(), all.size(), number);
        for (Qualification q : pg) {
            o.start("Qualification");
            writeQualification(o, q);
            o.end();
        }
    }

    // ------------------------------------------------------------------ workers, notifications

    private void blockWorker(Params p) {
        String worker = p.required("WorkerId");
        checkWorkerId("WorkerId", worker);
        String reason = p.requiredString("Reason", 1024);
        if (!blocks.containsKey(worker) && blocks.size() >= 100_000) {
            throw ApiException.outOfRange("WorkerId", worker, "at most 100000 blocked workers");
        }
        blocks.put(worker, reason);
    }

    private void unblockWorker(Params p) {
        String worker = p.required("WorkerId");
        checkWorkerId("WorkerId", worker);
        p.optNotNone("Reason");
        blocks.remove(worker);
        sweepNeeded = true;
    }

    private void getBlockedWorkers(Params p, XmlOut o) {
        int size = p.pageSize(65535);
        int number = p.pageNumber();
        List<Map.Entry<String, String>> all = new ArrayList<>(blocks.entrySet());
        List<Map.Entry<String, String>> pg = page(all, size, number);
        paging(o, pg.size(), all.size(), number);
        for (Map.Entry<String, String> e : pg) {
            o.start("WorkerBlock").leaf("WorkerId", e.getKey()).leaf("Reason", e.getValue()).end();
        }
    }

    private void notifyWorkers(Params p, XmlOut o) {
        String subject = p.requiredString("Subject", 200);
        String text = p.requiredString("MessageText", 4096);
        List<String> ids = p.list("WorkerId", false);
        if (ids.isEmpty()) {
            throw ApiException.missing("WorkerId");
        }
        if (ids.size() > 100) {
            throw ApiException.outOfRange("WorkerId", Integer.toString(ids.size()), "1 to 100 workers");
        }
        for (String id : ids) {
            if (!id.matches("A[A-Z0-9]{5,20}")) {
                o.start("NotifyWorkersFailureStatus").leaf("NotifyWorkersFailureCode", "HardFailure")
                        .leaf("NotifyWorkersFailureMessage", "WorkerId is invalid.").leaf("WorkerId", id).end();
            } else if (assignments.values().stream().noneMatch(a -> a.workerId.equals(id)
                    && (a.state == AssignmentState.APPROVED || a.state == AssignmentState.REJECTED))) {
                o.start("NotifyWorkersFailureStatus").leaf("NotifyWorkersFailureCode", "HardFailure")
                        .leaf("NotifyWorkersFailureMessage", "Cannot send a message to worker " + id
                                + ": you have never approved or rejected an assignment of this worker.")
                        .leaf("WorkerId", id).end();
            } else {
                messaged.add(id);
                sink.workerMessage(id, subject, text);
            }
        }
    }

    private NotificationSpec notificationSpec(Params n, boolean test) {
        String transport = n.opt("Transport").orElseThrow(() -> ApiException.missing("Notification.1.Transport"));
        if (!List.of("Email", "SQS", "REST", "SOAP").contains(transport)) {
            throw ApiException.invalid("Notification.1.Transport", transport, "Valid values: Email, SQS, REST, SOAP.");
        }
        String destination = n.opt("Destination").orElseThrow(() ->
                ApiException.missing("Notification.1.Destination"));
        boolean ok = switch (transport) {
            case "Email" -> destination.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
            case "SQS" -> destination.matches("https?://\\S+/\\S+");
            default -> destination.matches("https?://\\S+");
        };
        if (!ok) {
            throw new ApiException("AWS.MechanicalTurk.InvalidTransportEndpoint", "The destination " + destination
                    + " is not a valid " + transport + " endpoint.", "Destination", destination);
        }
        String version = n.opt("Version").orElseThrow(() -> ApiException.missing("Notification.1.Version"));
        if (!version.equals("2006-05-05")) {
            throw ApiException.invalid("Notification.1.Version", version, "The only version is 2006-05-05.");
        }
        List<String> events = n.list("EventType", false);
        for (String e : events) {
            if (!EVENT_TYPES.contains(e) || e.equals("Ping") && !test) {
                throw ApiException.invalid("Notification.1.EventType", e, "Valid values: "
                        + String.join(", ", EVENT_TYPES.subList(0, EVENT_TYPES.size() - (test ? 0 : 1))) + ".");
            }
        }
        boolean active = n.opt("Active").map(v -> Params.parseBoolean("Notification.1.Active", v)).orElse(true);
        return new NotificationSpec(destination, transport, version, List.copyOf(events), active);
    }

    private void setHitTypeNotification(Params p) {
        HitType t = existingType(p.required("HITTypeId"));
        List<Params> specs = p.structured("Notification");
        Optional<Boolean> active = p.optBoolean("Active");
        if (specs.isEmpty() && active.isEmpty()) {
            throw ApiException.missing("Notification or Active");
        }
        if (specs.size() > 1) {
            throw ApiException.outOfRange("Notification", Integer.toString(specs.size()), "exactly 1");
        }
        if (!specs.isEmpty()) {
            NotificationSpec s = notificationSpec(specs.get(0), false);
            t.notification = active.map(a -> new NotificationSpec(s.destination(), s.transport(), s.version(),
                    s.eventTypes(), a)).orElse(s);
        } else {
            if (t.notification == null) {
                throw ApiException.invalid("Active", active.get().toString(), "The HIT type has no notification "
                        + "specification to activate or deactivate.");
            }
            NotificationSpec s = t.notification;
            t.notification = new NotificationSpec(s.destination(), s.transport(), s.version(), s.eventTypes(),
                    active.get());
        }
    }

    private void sendTestEvent(Params p) {
        List<Params> specs = p.structured("Notification");
        if (specs.isEmpty()) {
            throw ApiException.missing("Notification");
        }
        NotificationSpec s = notificationSpec(specs.get(0), true);
        p.required("TestEventType");
        String type = p.optEnum("TestEventType", EVENT_TYPES).orElseThrow();
        boolean assignmentEvent = type.startsWith("Assignment");
        NotificationEvent e = new NotificationEvent(type, now, "TESTHITTYPEID00000000000000000",
                "TESTHITID000000000000000000000", assignmentEvent ? "TESTASSIGNMENTID00000000000000" : null);
        sink.notify(s.transport(), s.destination(), s.version(), List.of(e));
    }

    private void event(String type, Hit h, Assignment a) {
        NotificationSpec s = h.type.notification;
        if (s == null || !s.active() || !s.eventTypes().contains(type)) {
            return;
        }
        sink.notify(s.transport(), s.destination(), s.version(),
                List.of(new NotificationEvent(type, now, h.type.id, h.id, a == null ? null : a.id)));
    }

    // ------------------------------------------------------------------ simulated workers

    /** Adds a worker to the population. */
    public void addWorker(SimulatedWorker w) {
        workers.put(w.id(), w);
        workerRandoms.put(w.id(), new Random(seed ^ w.id().hashCode()));
        sweepNeeded = true;
    }

    /** The population in creation order. */
    public List<SimulatedWorker> workers() {
        return List.copyOf(workers.values());
    }

    /** Turns automatic work on or off. */
    public void autoWork(boolean on) {
        autoWork = on;
        sweepNeeded = on;
        settle();
    }

    /** Whether workers work on their own. */
    public boolean autoWork() {
        return autoWork;
    }

    /** Sets the simulated time a worker takes between accepting and submitting. */
    public void workDelay(Duration d) {
        workDelay = d;
    }

    /** Sets the answer policy. */
    public void answerPolicy(AnswerPolicy p) {
        policy = p;
    }

    /** The current balance. */
    public BigDecimal balance() {
        return balance;
    }

    private SimulatedWorker worker(String id) {
        SimulatedWorker w = workers.get(id);
        if (w == null) {
            throw new IllegalArgumentException("workerId: '" + id + "' is not a simulated worker");
        }
        return w;
    }

    private Random rnd(String workerId) {
        return workerRandoms.computeIfAbsent(workerId, k -> new Random(seed ^ k.hashCode()));
    }

    /** The value a worker has for a qualification type (system types computed), or empty if not held. */
    Optional<Integer> value(SimulatedWorker w, String typeId) {
        switch (typeId) {
            case QT_NUMBER_APPROVED:
                return Optional.of(w.priorApproved() + count(w.id(), AssignmentState.APPROVED));
            case QT_PERCENT_APPROVED: {
                int approved = w.priorApproved() + count(w.id(), AssignmentState.APPROVED);
                int rejected = w.priorRejected() + count(w.id(), AssignmentState.REJECTED);
                int total = approved + rejected;
                return Optional.of(total < 100 ? 100 : (int) Math.floor(approved * 100.0 / total));
            }
            case QT_ADULT:
                return w.adult() ? Optional.of(1) : Optional.empty();
            case QT_MASTERS:
            case QT_MASTERS_SANDBOX:
                return w.master() ? Optional.of(1) : Optional.empty();
            case "00000000000000000000":
            case "00000000000000000070":
            case "000000000000000000E0":
            case "000000000000000000S0":
                return Optional.of(systemPercent(w, typeId));
            default:
                Qualification q = quals.get(typeId + "\n" + w.id());
                return q == null || q.revoked ? Optional.empty() : Optional.of(q.value);
        }
    }

    private int systemPercent(SimulatedWorker w, String typeId) {
        long accepted = assignments.values().stream().filter(a -> a.workerId.equals(w.id())).count();
        if (accepted < 100) {
            return typeId.equals("00000000000000000000") ? 100 : 0;
        }
        AssignmentState s = switch (typeId) {
            case "00000000000000000070" -> AssignmentState.ABANDONED;
            case "000000000000000000E0" -> AssignmentState.RETURNED;
            case "000000000000000000S0" -> AssignmentState.REJECTED;
            default -> null;
        };
        if (s == null) {
            long submitted = assignments.values().stream().filter(a -> a.workerId.equals(w.id()) && a.submitTime != null)
                    .count();
            return (int) (submitted * 100 / accepted);
        }
        return (int) (count(w.id(), s) * 100L / accepted);
    }

    private int count(String workerId, AssignmentState s) {
        int n = 0;
        for (Assignment a : assignments.values()) {
            if (a.workerId.equals(workerId) && a.state == s) {
                n++;
            }
        }
        return n;
    }

    boolean meets(SimulatedWorker w, Requirement r) {
        if (r.typeId().equals(QT_LOCALE)) {
            boolean any = r.locales().stream().anyMatch(l -> l.country().equals(w.country())
                    && (l.subdivision() == null || l.subdivision().equals(w.subdivision())));
            return switch (r.comparator()) {
                case "EqualTo", "In" -> any;
                case "NotEqualTo", "NotIn" -> !any;
                case "Exists" -> true;
                default -> false;
            };
        }
        Optional<Integer> v = value(w, r.typeId());
        if (r.comparator().equals("DoesNotExist")) {
            return v.isEmpty();
        }
        if (v.isEmpty()) {
            return false;
        }
        int x = v.get();
        List<Integer> ints = r.integers();
        return switch (r.comparator()) {
            case "Exists" -> true;
            case "LessThan" -> x < ints.get(0);
            case "LessThanOrEqualTo" -> x <= ints.get(0);
            case "GreaterThan" -> x > ints.get(0);
            case "GreaterThanOrEqualTo" -> x >= ints.get(0);
            case "EqualTo" -> x == ints.get(0);
            case "NotEqualTo" -> x != ints.get(0);
            case "In" -> ints.contains(x);
            case "NotIn" -> !ints.contains(x);
            default -> false;
        };
    }

    /** Whether a worker may accept a HIT now (requirements met, not blocked, not already working it). */
    public boolean eligible(String workerId, String hitId) {
        Hit h = hits.get(hitId);
        SimulatedWorker w = workers.get(workerId);
        return h != null && w != null && eligible(w, h);
    }

    private boolean eligible(SimulatedWorker w, Hit h) {
        return !blocks.containsKey(w.id()) && h.assignments.stream().noneMatch(a -> a.workerId.equals(w.id()))
                && h.type.requirements.stream().allMatch(r -> meets(w, r));
    }

    /** A worker accepts a HIT; returns the assignment id. */
    public String accept(String workerId, String hitId) {
        SimulatedWorker w = worker(workerId);
        Hit h = hits.get(hitId);
        if (h == null || h.disposed) {
            throw new IllegalArgumentException("hitId: '" + hitId + "' is not a live HIT");
        }
        if (!h.status(now).equals("Assignable")) {
            throw new IllegalStateException("HIT " + hitId + " is " + h.status(now) + ", not Assignable");
        }
        if (!eligible(w, h)) {
            throw new IllegalStateException("worker " + workerId + " may not accept HIT " + hitId
                    + " (blocked, already worked it, or does not meet its qualification requirements)");
        }
        Assignment a = new Assignment(newId(), h, w.id(), now, now.plusSeconds(h.type.assignmentDuration));
        h.assignments.add(a);
        assignments.put(a.id, a);
        schedule(a.deadline, () -> {
            if (a.state == AssignmentState.ACCEPTED) {
                a.state = AssignmentState.ABANDONED;
                event("AssignmentAbandoned", h, a);
                transitions(h);
                sweepNeeded = true;
            }
        });
        event("AssignmentAccepted", h, a);
        transitions(h);
        return a.id;
    }

    private Assignment accepted(String assignmentId) {
        Assignment a = assignments.get(assignmentId);
        if (a == null) {
            throw new IllegalArgumentException("assignmentId: '" + assignmentId + "' does not exist");
        }
        if (a.state != AssignmentState.ACCEPTED) {
            throw new IllegalStateException("assignment " + assignmentId + " is " + a.state + ", not ACCEPTED");
        }
        return a;
    }

    /** Submits an accepted assignment with the given answer document, or a generated one when null. */
    public void submit(String assignmentId, String answerXml) {
        Assignment a = accepted(assignmentId);
        String answer = answerXml;
        if (answer == null) {
            answer = AnswerGenerator.generate(a.hit.question, rnd(a.workerId), a.id).answerXml();
        }
        registerUploads(a, answer);
        a.answer = answer;
        a.state = AssignmentState.SUBMITTED;
        a.submitTime = now;
        a.autoApprovalTime = now.plusSeconds(a.hit.type.autoApprovalDelay);
        event("AssignmentSubmitted", a.hit, a);
        if (a.hit.disabled) {
            doApprove(a, null, true);
        } else {
            schedule(a.autoApprovalTime, () -> {
                if (a.state == AssignmentState.SUBMITTED) {
                    doApprove(a, null, true);
                }
            });
        }
        transitions(a.hit);
    }

    private void registerUploads(Assignment a, String answerXml) {
        if (answerXml == null || !answerXml.contains("UploadedFileKey")) {
            return;
        }
        Map<String, String[]> files = new TreeMap<>();
        var root = QuestionXml.parse(answerXml, "Answer", "AWS.MechanicalTurk.XMLParseError").getDocumentElement();
        for (var ans : QuestionXml.children(root, "Answer")) {
            String key = QuestionXml.childText(ans, "UploadedFileKey");
            if (key != null) {
                files.put(QuestionXml.childText(ans, "QuestionIdentifier"),
                        new String[] {key, QuestionXml.childText(ans, "UploadedFileSizeInBytes")});
            }
        }
        files.forEach((qid, f) -> {
            long size = Math.min(AnswerGenerator.parseLong(f[1], 1024), 64L * 1024 * 1024);
            byte[] bytes = new byte[(int) size];
            new Random(seed ^ f[0].hashCode()).nextBytes(bytes);
            uploads.put(a.id + "\n" + qid, new Upload(f[0], a.id, qid, bytes));
        });
    }

    /** A worker returns an accepted assignment. */
    public void returnAssignment(String assignmentId) {
        Assignment a = accepted(assignmentId);
        a.state = AssignmentState.RETURNED;
        event("AssignmentReturned", a.hit, a);
        transitions(a.hit);
        sweepNeeded = true;
    }

    /** A worker abandons an accepted assignment (as if its duration ran out). */
    public void abandon(String assignmentId) {
        Assignment a = accepted(assignmentId);
        a.state = AssignmentState.ABANDONED;
        event("AssignmentAbandoned", a.hit, a);
        transitions(a.hit);
        sweepNeeded = true;
    }

    /**
     * A worker requests a qualification; with a test the answer (or a generated one when null) is recorded and, with
     * an answer key, scored and granted at once. Returns the request id, or null when granted automatically.
     */
    public String requestQualification(String workerId, String typeId, String testAnswer) {
        worker(workerId);
        QualificationType t = qualTypes.get(typeId);
        if (t == null || t.disposed || !t.status.equals("Active")) {
            throw new IllegalArgumentException("typeId: '" + typeId + "' is not an active qualification type");
        }
        requested.add(workerId + "\n" + typeId);
        if (t.autoGranted) {
            grant(t.id, workerId, t.autoGrantedValue);
            return null;
        }
        String answer = null;
        if (t.test != null) {
            answer = testAnswer != null ? testAnswer : policy.answer(new WorkItem(workerId, null, null, typeId, t.test,
                    rnd(workerId))).orElse(null);
            if (answer == null) {
                return null;
            }
            if (t.answerKey != null) {
                grant(t.id, workerId, AnswerKeys.score(t.answerKey, answer));
                return null;
            }
        }
        QualificationRequest r = new QualificationRequest(newId(), t.id, workerId, t.test, answer, now);
        qualRequests.put(r.id, r);
        return r.id;
    }

    /** Live HIT ids in creation order (for scripting). */
    public List<String> hitIds() {
        return hits.values().stream().filter(h -> !h.disposed).map(h -> h.id).toList();
    }

    /** Assignment ids of a worker still in the accepted state. */
    public List<String> acceptedAssignments(String workerId) {
        return assignments.values().stream().filter(a -> a.workerId.equals(workerId)
                && a.state == AssignmentState.ACCEPTED).map(a -> a.id).sorted().toList();
    }

    private void sweep() {
        if (!autoWork) {
            return;
        }
        List<Hit> open = hits.values().stream().filter(h -> !h.disposed && h.status(now).equals("Assignable"))
                .toList();
        for (Hit h : open) {
            List<SimulatedWorker> order = new ArrayList<>(workers.values());
            java.util.Collections.shuffle(order, new Random(seed ^ h.sequence * 0x9E3779B97F4A7C15L));
            for (SimulatedWorker w : order) {
                if (!h.status(now).equals("Assignable")) {
                    break;
                }
                if (blocks.containsKey(w.id())) {
                    continue;
                }
                if (!eligible(w, h)) {
                    requestMissing(w, h);
                    if (!eligible(w, h)) {
                        continue;
                    }
                }
                String assignmentId = accept(w.id(), h.id);
                Assignment a = assignments.get(assignmentId);
                schedule(now.plus(workDelay), () -> work(a));
            }
        }
    }

    private void requestMissing(SimulatedWorker w, Hit h) {
        if (h.assignments.stream().anyMatch(a -> a.workerId.equals(w.id()))) {
            return;
        }
        for (Requirement r : h.type.requirements) {
            if (meets(w, r)) {
                continue;
            }
            QualificationType t = qualTypes.get(r.typeId());
            if (t == null || t.disposed || !t.status.equals("Active") || quals.containsKey(t.id + "\n" + w.id())
                    || !requested.add(w.id() + "\n" + t.id)) {
                return;
            }
            requested.remove(w.id() + "\n" + t.id);
            requestQualification(w.id(), t.id, null);
            if (!meets(w, r)) {
                return;
            }
        }
    }

    private void work(Assignment a) {
        if (a.state != AssignmentState.ACCEPTED) {
            return;
        }
        if (now.isAfter(a.deadline)) {
            return;
        }
        Optional<String> answer = policy.answer(new WorkItem(a.workerId, a.hit.id, a.id, null, a.hit.question,
                rnd(a.workerId)));
        if (answer.isPresent()) {
            submit(a.id, answer.get());
        } else {
            returnAssignment(a.id);
        }
    }

    // ------------------------------------------------------------------ read access for statistics

    Map<String, Hit> hitsView() {
        return hits;
    }

    java.util.Collection<Assignment> assignmentsView() {
        return assignments.values();
    }

    List<Bonus> bonusesView() {
        return bonuses;
    }

    /** Workers reached by NotifyWorkers so far. */
    public int workersMessaged() {
        return messaged.size();
    }

    /** Assignments paid so far (approvals, automatic ones included). */
    public int rewardPayouts() {
        return rewardPayouts;
    }
}
