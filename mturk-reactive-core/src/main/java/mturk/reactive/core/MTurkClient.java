package mturk.reactive.core;

import io.netty.channel.ChannelOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.IntFunction;
import mturk.reactive.core.http.HttpTransport;
import mturk.reactive.core.internal.OperationExecutor;
import mturk.reactive.core.internal.PageResult;
import mturk.reactive.core.internal.Paging;
import mturk.reactive.core.operation.Operation;
import mturk.reactive.core.operation.Operations;
import mturk.reactive.core.operation.Params;
import java.util.List;
import java.util.function.Consumer;
import mturk.reactive.core.operation.OperationParams;
import mturk.reactive.core.xml.ResponseSummary;
import mturk.reactive.model.AccountBalance;
import mturk.reactive.model.Assignment;
import mturk.reactive.model.AssignmentStatus;
import mturk.reactive.model.BonusPayment;
import mturk.reactive.model.EventType;
import mturk.reactive.model.FileUploadUrl;
import mturk.reactive.model.HelpType;
import mturk.reactive.model.Hit;
import mturk.reactive.model.HitSortProperty;
import mturk.reactive.model.NotificationSpecification;
import mturk.reactive.model.NotificationTransport;
import mturk.reactive.model.NotifyWorkersFailure;
import mturk.reactive.model.Page;
import mturk.reactive.model.Price;
import mturk.reactive.model.Qualification;
import mturk.reactive.model.QualificationRequest;
import mturk.reactive.model.QualificationType;
import mturk.reactive.model.RequesterStatistic;
import mturk.reactive.model.ResponseGroup;
import mturk.reactive.model.ReviewResults;
import mturk.reactive.model.StatisticResult;
import mturk.reactive.model.TimePeriod;
import mturk.reactive.model.WorkerBlock;
import mturk.reactive.model.request.AssignQualificationRequest;
import mturk.reactive.model.request.AssignmentDecisionRequest;
import mturk.reactive.model.request.BlockWorkerRequest;
import mturk.reactive.model.request.ChangeHitTypeOfHitRequest;
import mturk.reactive.model.request.CreateHitRequest;
import mturk.reactive.model.request.CreateQualificationTypeRequest;
import mturk.reactive.model.request.ExtendHitRequest;
import mturk.reactive.model.request.GetAssignmentsForHitRequest;
import mturk.reactive.model.request.GetBlockedWorkersRequest;
import mturk.reactive.model.request.GetBonusPaymentsRequest;
import mturk.reactive.model.request.GetFileUploadUrlRequest;
import mturk.reactive.model.request.GetHitsForQualificationTypeRequest;
import mturk.reactive.model.request.GetQualificationRequestsRequest;
import mturk.reactive.model.request.GetQualificationsForQualificationTypeRequest;
import mturk.reactive.model.request.GetRequesterStatisticRequest;
import mturk.reactive.model.request.GetRequesterWorkerStatisticRequest;
import mturk.reactive.model.request.GetReviewResultsForHitRequest;
import mturk.reactive.model.request.GetReviewableHitsRequest;
import mturk.reactive.model.request.GrantBonusRequest;
import mturk.reactive.model.request.GrantQualificationRequest;
import mturk.reactive.model.request.HelpRequest;
import mturk.reactive.model.request.NotifyWorkersRequest;
import mturk.reactive.model.request.PageRequest;
import mturk.reactive.model.request.RegisterHitTypeRequest;
import mturk.reactive.model.request.RejectQualificationRequestRequest;
import mturk.reactive.model.request.RevokeQualificationRequest;
import mturk.reactive.model.request.SearchHitsRequest;
import mturk.reactive.model.request.SearchQualificationTypesRequest;
import mturk.reactive.model.request.SendTestEventNotificationRequest;
import mturk.reactive.model.request.SetHitAsReviewingRequest;
import mturk.reactive.model.request.SetHitTypeNotificationRequest;
import mturk.reactive.model.request.UpdateQualificationScoreRequest;
import mturk.reactive.model.request.UpdateQualificationTypeRequest;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * The reactive client of the Mechanical Turk Requester API, version 2014-08-15.
 *
 * <pre>{@code
 * MTurkClient mturk = MTurkClient.builder()
 *         .endpoint(Endpoint.of("http://127.0.0.1:8080"))     // e.g. the simulator
 *         .credentials(Credentials.of("AKID…", "secret"))
 *         .build();
 * mturk.getAccountBalance().subscribe(b -> System.out.println(b.availableBalance()));
 * }</pre>
 *
 * <p>Every operation returns a cold {@code Mono} or {@code Flux}: nothing is sent before subscription, each
 * subscription sends again (a fresh, re-signed request), and cancelling releases the buffers and closes a half-read
 * connection. Listings are lazily paged {@code Flux}es. Errors are {@link MTurkException}s.
 *
 * <p>Immutable and thread-safe; share one instance. Ownership: if the builder was given an {@link HttpClient}, its
 * connection pool and event loops belong to the caller, and {@link #close()} leaves them alone. Otherwise the
 * client creates its own connection pool, and {@link #close()} disposes it; event loops are Reactor Netty's global
 * ones, which need no disposal.
 */
public final class MTurkClient implements AutoCloseable {

    private final Builder config;
    private final ConnectionProvider ownedProvider;
    private final OperationExecutor executor;

    private MTurkClient(Builder config) {
        this.config = config.copy();
        HttpClient base;
        if (config.httpClient != null) {
            base = config.httpClient;
            this.ownedProvider = null;
        } else {
            this.ownedProvider = ConnectionProvider.builder("mturk-reactive")
                    .maxConnections(config.maxConnections)
                    .maxIdleTime(Duration.ofSeconds(30))
                    .build();
            base = HttpClient.create(ownedProvider);
        }
        HttpClient http = base
                .compress(true)
                .responseTimeout(config.responseTimeout)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE,
                        config.connectTimeout.toMillis()));
        HttpTransport transport = new HttpTransport(http, config.endpoint, config.responseLimits,
                config.connectTimeout, config.responseTimeout);
        this.executor = new OperationExecutor(transport, config.credentials, config.clock, config.retryPolicy,
                config.metrics);
    }

    /** @return a builder with the defaults: production endpoint, default credential chain, 3 retries */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this client's configuration, to derive a differently configured client */
    public Builder mutate() {
        return config.copy();
    }

    /** @return the endpoint requests go to */
    public Endpoint endpoint() {
        return config.endpoint;
    }

    /** @return the retry policy */
    public RetryPolicy retryPolicy() {
        return config.retryPolicy;
    }

    /**
     * {@code GetAccountBalance}: the requester's available balance. Sends no operation parameters; a read, retried
     * per the retry policy.
     *
     * @return the balance ({@code AvailableBalance}, and {@code OnHoldBalance} if the service sent it); errors: {@link MTurkServiceException} (e.g. {@code AWS.NotAuthorized}),
     *         {@link MTurkClientException} subclasses for transport and decoding failures
     */
    public Mono<AccountBalance> getAccountBalance() {
        return executeOne(Operations.GET_ACCOUNT_BALANCE, Params.empty(), AccountBalance.class);
    }

    // =====================================================================================================
    // Operations. Each method is a one-liner over the operations table (Operations) and the parameter encoders
    // (OperationParams). Common to all of them:
    //  - nothing is sent before subscription; each subscription is a new logical call (re-signed, and with a new
    //    generated UniqueRequestToken where the operation takes one);
    //  - invalid arguments throw IllegalArgumentException (or NullPointerException for a missing required
    //    argument) from the method itself, before anything is sent; the message names the field and the limit;
    //  - the returned publisher fails with MTurkServiceException when the service answers with an error (its
    //    errors() carry every code, message and Data pair), and with an MTurkClientException subclass for
    //    transport, timeout, malformed or truncated responses;
    //  - retries (throttling, 5xx, lost connections) follow the RetryPolicy, for the operations that are safe to
    //    repeat as listed in Operations; the others only when the service cannot have acted on the request (the
    //    connection could not be made, or the service throttled it with HTTP 503 / AWS.ServiceUnavailable), which
    //    the Javadoc below calls "not repeated once the service may have acted on it".
    // =====================================================================================================

    /** Page size of every lazy {@code getAll…}/{@code searchAll…} listing: the API's maximum. */
    public static final int LISTING_PAGE_SIZE = 100;

    private static <T> Page<T> toPage(PageResult<T> result) {
        ResponseSummary s = result.summary();
        int num = s.numResults() >= 0 ? s.numResults() : result.items().size();
        int total = s.totalNumResults() >= 0 ? s.totalNumResults() : num;
        int page = s.pageNumber() > 0 ? s.pageNumber() : result.pageNumber();
        return new Page<>(result.items(), num, total, page);
    }

    private <T> Mono<Page<T>> page(Operation<T> op, Params params, int pageNumber, Class<T> type) {
        return executePage(op, params, pageNumber, type).map(MTurkClient::toPage);
    }

    private static boolean isDuplicateCall(MTurkServiceException e) {
        return e.findError(MTurkServiceException.DUPLICATE_CALL).isPresent();
    }

    private static Mono<Void> duplicateIsSuccess(Mono<Void> call) {
        return call.onErrorResume(MTurkServiceException.class,
                e -> isDuplicateCall(e) ? Mono.empty() : Mono.error(e));
    }

    private static String[] noNulls(String field, String... values) {
        for (String v : values) {
            Objects.requireNonNull(v, field + " element");
        }
        return values;
    }

    // ---- HIT types ----

    /**
     * {@code RegisterHITType}: registers (or finds) the HIT type with these properties.
     *
     * <p>Sends {@code Title}, {@code Description}, {@code Reward.1.Amount}/{@code .CurrencyCode},
     * {@code AssignmentDurationInSeconds}, {@code Keywords} and {@code AutoApprovalDelayInSeconds} if given, and
     * {@code QualificationRequirement.N.*} with every integer and locale value. Registering identical properties
     * returns the existing id, so the call is retried like a read.
     *
     * @param request the validated properties
     * @return the HIT type id
     */
    public Mono<String> registerHitType(RegisterHitTypeRequest request) {
        return executeOne(Operations.REGISTER_HIT_TYPE, OperationParams.registerHitType(request), String.class);
    }

    /**
     * {@code RegisterHITType} with a builder, e.g.
     * {@code registerHitType(b -> b.title("t").description("d").reward(Price.usd("0.05")).assignmentDuration(d))}.
     *
     * @param spec fills the builder
     * @return the HIT type id
     * @throws IllegalArgumentException if the built request breaks a documented limit
     */
    public Mono<String> registerHitType(Consumer<RegisterHitTypeRequest.Builder> spec) {
        RegisterHitTypeRequest.Builder b = RegisterHitTypeRequest.builder();
        spec.accept(b);
        return registerHitType(b.build());
    }

    /**
     * {@code SetHITTypeNotification}: sets or replaces the notification specification of a HIT type and/or turns
     * its notifications on or off. Sends {@code HITTypeId}, {@code Notification.1.Destination}, {@code .Transport},
     * {@code .Version}, {@code .EventType.N} if a specification is given, and the documented top-level
     * {@code Active=true|false} if given (boto2 sent a nested {@code Notification.1.Active=True}). The call replaces
     * state, so it is retried like a read.
     *
     * @param request HIT type, specification and/or active flag
     * @return completes when the service accepted it (it may take up to 5 minutes to apply)
     */
    public Mono<Void> setHitTypeNotification(SetHitTypeNotificationRequest request) {
        return executeVoid(Operations.SET_HIT_TYPE_NOTIFICATION, OperationParams.setHitTypeNotification(request));
    }

    /**
     * boto2's {@code set_email_notification}: {@code SetHITTypeNotification} with transport {@code Email}, the
     * given address as destination, version {@code 2006-05-05}, and {@code Active=true}.
     *
     * @param hitTypeId  the HIT type
     * @param email      the e-mail address
     * @param eventTypes the events to notify (none: the service's choice)
     * @return completes when accepted
     */
    public Mono<Void> setEmailNotification(String hitTypeId, String email, EventType... eventTypes) {
        return setNotification(hitTypeId, NotificationTransport.EMAIL, email, eventTypes);
    }

    /**
     * boto2's {@code set_rest_notification}: {@code SetHITTypeNotification} with transport {@code REST} (deprecated
     * by the 2014 service, accepted by the schema), the URL as destination, and {@code Active=true}.
     *
     * @param hitTypeId  the HIT type
     * @param url        the URL MTurk calls
     * @param eventTypes the events to notify
     * @return completes when accepted
     */
    public Mono<Void> setRestNotification(String hitTypeId, String url, EventType... eventTypes) {
        return setNotification(hitTypeId, NotificationTransport.REST, url, eventTypes);
    }

    /**
     * boto2's {@code set_sqs_notification}: {@code SetHITTypeNotification} with transport {@code SQS}, the queue URL
     * as destination, and {@code Active=true}.
     *
     * @param hitTypeId  the HIT type
     * @param queueUrl   the SQS queue URL
     * @param eventTypes the events to notify
     * @return completes when accepted
     */
    public Mono<Void> setSqsNotification(String hitTypeId, String queueUrl, EventType... eventTypes) {
        return setNotification(hitTypeId, NotificationTransport.SQS, queueUrl, eventTypes);
    }

    private Mono<Void> setNotification(String hitTypeId, NotificationTransport transport, String destination,
                                       EventType... eventTypes) {
        return setHitTypeNotification(new SetHitTypeNotificationRequest(hitTypeId,
                NotificationSpecification.of(transport, destination, eventTypes), Boolean.TRUE));
    }

    /**
     * {@code SendTestEventNotification}: sends a test event to a notification specification right away. Sends
     * {@code Notification.1.*} and {@code TestEventType} (default {@code Ping}). Not repeated once the service may have acted on it.
     *
     * @param request the specification and the event type to simulate
     * @return completes when the service sent the test
     */
    public Mono<Void> sendTestEventNotification(SendTestEventNotificationRequest request) {
        return executeVoid(Operations.SEND_TEST_EVENT_NOTIFICATION,
                OperationParams.sendTestEventNotification(request));
    }

    /**
     * boto2's {@code send_test_event_notification(hit_type, url, event_types, test_event_type)} without the
     * {@code HITTypeId} boto2 sent but the operation does not take: a {@code REST} specification to {@code url}.
     *
     * @param url           the URL to notify
     * @param testEventType the event to simulate ({@code null}: {@code Ping})
     * @param eventTypes    the event types of the specification
     * @return completes when the service sent the test
     */
    public Mono<Void> sendTestEventNotification(String url, EventType testEventType, EventType... eventTypes) {
        return sendTestEventNotification(new SendTestEventNotificationRequest(
                NotificationSpecification.of(NotificationTransport.REST, url, eventTypes), testEventType));
    }

    // ---- HITs ----

    /**
     * {@code CreateHIT}: creates a HIT, either of an existing HIT type ({@code HITTypeId}) or with the type's
     * properties inline, from a question document or a layout.
     *
     * <p>Sends every parameter of the request that is set: {@code HITTypeId} or {@code Title}, {@code Description},
     * {@code Reward.1.*}, {@code AssignmentDurationInSeconds} (default 7 days), {@code Keywords},
     * {@code AutoApprovalDelayInSeconds}, {@code QualificationRequirement.N.*}; then {@code Question} or
     * {@code HITLayoutId} with {@code HITLayoutParameter.N.*}, {@code LifetimeInSeconds} (default 7 days),
     * {@code MaxAssignments} (default 1), {@code AssignmentReviewPolicy.*}, {@code HITReviewPolicy.*},
     * {@code RequesterAnnotation}, {@code ResponseGroup.N}, and a {@code UniqueRequestToken}: the caller's, or one
     * generated for this subscription and reused by every retry.
     *
     * <p>Idempotent: a retry after a lost response is answered by the service with
     * {@code AWS.MechanicalTurk.HitAlreadyExists}, naming the HIT created by the first attempt; the client then
     * returns that HIT, fetched with {@code GetHIT} (so it carries GetHIT's default response groups). The same
     * happens when the caller reuses its own token within 24 hours.
     *
     * @param request the validated request
     * @return the created HIT ({@code Minimal}: id and HIT type id, unless more response groups were asked for)
     */
    public Mono<Hit> createHit(CreateHitRequest request) {
        return executeOne(Operations.CREATE_HIT, OperationParams.createHit(request), Hit.class)
                .onErrorResume(MTurkServiceException.class, e -> e.existingHitId()
                        .<Mono<Hit>>map(this::getHit)
                        .orElseGet(() -> Mono.error(e)));
    }

    /**
     * {@code CreateHIT} with a builder; see {@link #createHit(CreateHitRequest)}.
     *
     * @param spec fills the builder
     * @return the created HIT
     * @throws IllegalArgumentException if the built request breaks a documented limit
     */
    public Mono<Hit> createHit(Consumer<CreateHitRequest.Builder> spec) {
        CreateHitRequest.Builder b = CreateHitRequest.builder();
        spec.accept(b);
        return createHit(b.build());
    }

    /**
     * {@code GetHIT}: sends {@code HITId} and {@code ResponseGroup.N} if any are given (none: the service's default
     * {@code Minimal}, {@code HITDetail}, {@code HITQuestion}).
     *
     * @param hitId          the HIT
     * @param responseGroups response groups to ask for
     * @return the HIT; {@code AWS.MechanicalTurk.HITDoesNotExist} if there is none
     */
    public Mono<Hit> getHit(String hitId, ResponseGroup... responseGroups) {
        return executeOne(Operations.GET_HIT, OperationParams.getHit(hitId, List.of(responseGroups)), Hit.class);
    }

    /**
     * {@code SearchHITs}: one page of the caller's HITs (all but disposed ones). Sends {@code SortProperty}
     * (default {@code CreationTime}), {@code SortDirection} ({@code Ascending}), {@code PageSize} (10),
     * {@code PageNumber} (1) and {@code ResponseGroup.N}.
     *
     * @param request sort, page and response groups
     * @return the page, with the service's counts
     */
    public Mono<Page<Hit>> searchHits(SearchHitsRequest request) {
        return page(Operations.SEARCH_HITS, OperationParams.searchHits(request), request.page().pageNumber(),
                Hit.class);
    }

    /**
     * {@code SearchHITs} with the defaults: page 1 of 10, by creation time, ascending.
     *
     * @return the page
     */
    public Mono<Page<Hit>> searchHits() {
        return searchHits(SearchHitsRequest.builder().build());
    }

    /**
     * boto2's {@code get_all_hits}: every HIT of the caller (all but disposed ones), lazily, via {@code SearchHITs}
     * with pages of {@value #LISTING_PAGE_SIZE} and {@code SortProperty=Enumeration}, {@code Ascending}. The service
     * documents {@code Enumeration} as the only reliable, duplicate-free way to page past the first 100 records (its
     * order is unspecified), so it replaces boto2's {@code CreationTime}; for a sorted listing use
     * {@link #getAllHits(SearchHitsRequest)}. Page N+1 is requested only when the subscriber's demand runs past page N;
     * page 1 is fetched once (boto2 fetched it twice); items are emitted as they are parsed. Ends after a short page
     * or when {@code TotalNumResults} is covered.
     *
     * @return every HIT
     */
    public Flux<Hit> getAllHits() {
        return getAllHits(SearchHitsRequest.builder().sortProperty(HitSortProperty.ENUMERATION).build());
    }

    /**
     * Every HIT of the caller in the request's order and response groups (boto2 ignored response groups here), lazily,
     * in pages of {@value #LISTING_PAGE_SIZE} (the request's own page is ignored); paging as {@link #getAllHits()}.
     * Beware that sorted paging past the first 100 records is not guaranteed duplicate-free by the service.
     *
     * @param request sort and response groups
     * @return every HIT
     */
    public Flux<Hit> getAllHits(SearchHitsRequest request) {
        return executeAll(Operations.SEARCH_HITS, n -> OperationParams.searchHits(
                request.withPage(PageRequest.of(LISTING_PAGE_SIZE, n))), LISTING_PAGE_SIZE, Hit.class);
    }

    /**
     * {@code GetReviewableHITs}: one page of HITs in state Reviewable or Reviewing (ids only: the operation supports
     * the {@code Minimal} group alone). Sends {@code HITTypeId} if given, {@code Status} (default
     * {@code Reviewable}; several statuses comma-separated), {@code SortProperty} ({@code Expiration}),
     * {@code SortDirection} ({@code Ascending}), {@code PageSize} (10), {@code PageNumber} (1).
     *
     * @param request filter, sort and page
     * @return the page
     */
    public Mono<Page<Hit>> getReviewableHits(GetReviewableHitsRequest request) {
        return page(Operations.GET_REVIEWABLE_HITS, OperationParams.getReviewableHits(request),
                request.page().pageNumber(), Hit.class);
    }

    /**
     * {@code GetReviewableHITs} with boto2's defaults: any HIT type, status Reviewable, page 1 of 10.
     *
     * @return the page
     */
    public Mono<Page<Hit>> getReviewableHits() {
        return getReviewableHits(GetReviewableHitsRequest.builder().build());
    }

    /**
     * Every reviewable HIT matching the request's filter and sort, lazily, in pages of {@value #LISTING_PAGE_SIZE}
     * (the request's own page is ignored); paging as {@link #getAllHits()}.
     *
     * @param request filter and sort
     * @return the HITs (ids only)
     */
    public Flux<Hit> getAllReviewableHits(GetReviewableHitsRequest request) {
        return executeAll(Operations.GET_REVIEWABLE_HITS, n -> OperationParams.getReviewableHits(
                request.toBuilder().page(PageRequest.of(LISTING_PAGE_SIZE, n)).build()),
                LISTING_PAGE_SIZE, Hit.class);
    }

    /**
     * Every Reviewable HIT, of one HIT type or of all, lazily; see {@link #getAllReviewableHits(GetReviewableHitsRequest)}.
     *
     * @param hitTypeId the HIT type, or {@code null} for all
     * @return the HITs (ids only)
     */
    public Flux<Hit> getAllReviewableHits(String hitTypeId) {
        return getAllReviewableHits(GetReviewableHitsRequest.builder().hitTypeId(hitTypeId).build());
    }

    /**
     * {@code GetHITsForQualificationType}: one page of the caller's HITs that require the type. Sends
     * {@code QualificationTypeId}, {@code PageSize} (10), {@code PageNumber} (1).
     *
     * @param request type and page
     * @return the page
     */
    public Mono<Page<Hit>> getHitsForQualificationType(GetHitsForQualificationTypeRequest request) {
        return page(Operations.GET_HITS_FOR_QUALIFICATION_TYPE, OperationParams.getHitsForQualificationType(request),
                request.page().pageNumber(), Hit.class);
    }

    /**
     * Every HIT of the caller that requires the qualification type, lazily, in pages of
     * {@value #LISTING_PAGE_SIZE}; paging as {@link #getAllHits()}.
     *
     * @param qualificationTypeId the qualification type
     * @return the HITs
     */
    public Flux<Hit> getAllHitsForQualificationType(String qualificationTypeId) {
        GetHitsForQualificationTypeRequest first = new GetHitsForQualificationTypeRequest(qualificationTypeId,
                PageRequest.first(LISTING_PAGE_SIZE)); // validates the id before anything is sent
        return executeAll(Operations.GET_HITS_FOR_QUALIFICATION_TYPE,
                n -> OperationParams.getHitsForQualificationType(new GetHitsForQualificationTypeRequest(
                        first.qualificationTypeId(), PageRequest.of(LISTING_PAGE_SIZE, n))), LISTING_PAGE_SIZE,
                Hit.class);
    }

    /**
     * {@code ChangeHITTypeOfHIT}: moves a HIT to another HIT type (it takes the new type's properties). Sends
     * {@code HITId}, {@code HITTypeId}. Setting the same type again leaves the same state, so it is retried.
     *
     * @param hitId     the HIT
     * @param hitTypeId the new HIT type
     * @return completes when done
     */
    public Mono<Void> changeHitTypeOfHit(String hitId, String hitTypeId) {
        return executeVoid(Operations.CHANGE_HIT_TYPE_OF_HIT,
                OperationParams.changeHitTypeOfHit(new ChangeHitTypeOfHitRequest(hitId, hitTypeId)));
    }

    /**
     * {@code ExtendHIT}: adds assignments or time to a HIT. Sends {@code HITId}, {@code MaxAssignmentsIncrement} or
     * {@code ExpirationIncrementInSeconds} (exactly one, validated), and a {@code UniqueRequestToken}: the caller's,
     * or one generated for this subscription and reused by every retry.
     *
     * <p>Idempotent: the service answers a repeated token with {@code AWS.MechanicalTurk.DuplicateCall}, which the
     * client treats as success (the first attempt did extend the HIT).
     *
     * @param request HIT and increment
     * @return completes when extended; e.g. {@code AWS.MechanicalTurk.InvalidMaximumAssignmentsIncrease} if a HIT
     *         with fewer than 10 assignments would reach 10 or more
     */
    public Mono<Void> extendHit(ExtendHitRequest request) {
        return duplicateIsSuccess(executeVoid(Operations.EXTEND_HIT, OperationParams.extendHit(request)));
    }

    /**
     * boto2's {@code extend_hit(hit_id, assignments_increment=n)}: adds {@code n} (at least 1) assignments.
     *
     * @param hitId                the HIT
     * @param assignmentsIncrement how many assignments to add
     * @return completes when extended
     */
    public Mono<Void> extendHit(String hitId, int assignmentsIncrement) {
        return extendHit(ExtendHitRequest.addAssignments(hitId, assignmentsIncrement));
    }

    /**
     * boto2's {@code extend_hit(hit_id, expiration_increment=d)}: moves the expiration by {@code d} (1 hour to
     * 365 days); an expired HIT expires {@code d} from now.
     *
     * @param hitId               the HIT
     * @param expirationIncrement the extension
     * @return completes when extended
     */
    public Mono<Void> extendHit(String hitId, Duration expirationIncrement) {
        return extendHit(ExtendHitRequest.extendExpiration(hitId, expirationIncrement));
    }

    /**
     * boto2's {@code expire_hit}: {@code ForceExpireHIT} with {@code HITId}. Not repeated once the service may have acted on it (a repeat on an
     * expired HIT may be refused).
     *
     * @param hitId the HIT
     * @return completes when expired
     */
    public Mono<Void> expireHit(String hitId) {
        return executeVoid(Operations.FORCE_EXPIRE_HIT, OperationParams.hitId(hitId));
    }

    /**
     * boto2's {@code set_reviewing}: {@code SetHITAsReviewing}, moving a Reviewable HIT to Reviewing, or back with
     * {@code revert}. Sends {@code HITId}, and {@code Revert=true} only when reverting. Not repeated once the service may have acted on it (the
     * operation is not a toggle; a repeat is refused with {@code InvalidHITState}).
     *
     * @param hitId  the HIT
     * @param revert {@code true} to move a Reviewing HIT back to Reviewable
     * @return completes when done
     */
    public Mono<Void> setReviewing(String hitId, boolean revert) {
        return executeVoid(Operations.SET_HIT_AS_REVIEWING,
                OperationParams.setHitAsReviewing(new SetHitAsReviewingRequest(hitId, revert)));
    }

    /**
     * {@code SetHITAsReviewing} without revert; see {@link #setReviewing(String, boolean)}.
     *
     * @param hitId the HIT
     * @return completes when done
     */
    public Mono<Void> setReviewing(String hitId) {
        return setReviewing(hitId, false);
    }

    /**
     * {@code DisableHIT}: removes a HIT from the marketplace, approves its submitted assignments and disposes it.
     * Sends {@code HITId}. Not allowed on Reviewable HITs. Not repeated once the service may have acted on it.
     *
     * @param hitId the HIT
     * @return completes when disabled; {@code AWS.MechanicalTurk.HITDoesNotExist} for an unknown id
     */
    public Mono<Void> disableHit(String hitId) {
        return executeVoid(Operations.DISABLE_HIT, OperationParams.hitId(hitId));
    }

    /**
     * {@code DisposeHIT}: deletes a Reviewable HIT whose assignments are all approved or rejected. Sends
     * {@code HITId}. Not repeated once the service may have acted on it.
     *
     * @param hitId the HIT
     * @return completes when disposed
     */
    public Mono<Void> disposeHit(String hitId) {
        return executeVoid(Operations.DISPOSE_HIT, OperationParams.hitId(hitId));
    }

    /**
     * {@code GetReviewResultsForHIT}: what the HIT's review policies found and did. Sends {@code HITId},
     * {@code PolicyLevel.N}, {@code AssignmentId}, {@code RetrieveActions}, {@code RetrieveResults},
     * {@code PageSize} (100..65535) and {@code PageNumber}, each only if set (the service defaults: both levels,
     * actions and results, 400 per page).
     *
     * @param request HIT and options
     * @return the policies and reports
     */
    public Mono<ReviewResults> getReviewResultsForHit(GetReviewResultsForHitRequest request) {
        return executeOne(Operations.GET_REVIEW_RESULTS_FOR_HIT, OperationParams.getReviewResultsForHit(request),
                ReviewResults.class);
    }

    /**
     * {@code GetReviewResultsForHIT} with the service's defaults.
     *
     * @param hitId the HIT
     * @return the policies and reports
     */
    public Mono<ReviewResults> getReviewResultsForHit(String hitId) {
        return getReviewResultsForHit(GetReviewResultsForHitRequest.builder().hitId(hitId).build());
    }

    // ---- assignments ----

    /**
     * {@code GetAssignment}: an assignment with its typed answers, and its HIT. Sends {@code AssignmentId} and
     * {@code ResponseGroup.N} if given (none: {@code Minimal}).
     *
     * @param assignmentId   the assignment
     * @param responseGroups response groups to ask for
     * @return the assignment and HIT; {@code AWS.MechanicalTurk.AssignmentDoesNotExist} if unknown
     */
    public Mono<AssignmentWithHit> getAssignment(String assignmentId, ResponseGroup... responseGroups) {
        return executeOne(Operations.GET_ASSIGNMENT, OperationParams.getAssignment(assignmentId,
                List.of(responseGroups)), AssignmentWithHit.class);
    }

    /**
     * boto2's {@code get_assignments}: {@code GetAssignmentsForHIT}, one page of a HIT's submitted, approved or
     * rejected assignments with typed answers. Sends {@code HITId}, {@code AssignmentStatus} (comma-separated) if
     * given, {@code SortProperty} ({@code SubmitTime}), {@code SortDirection} ({@code Ascending}), {@code PageSize}
     * (10), {@code PageNumber} (1), {@code ResponseGroup.N}.
     *
     * @param request HIT, filter, sort, page
     * @return the page
     */
    public Mono<Page<Assignment>> getAssignments(GetAssignmentsForHitRequest request) {
        return page(Operations.GET_ASSIGNMENTS_FOR_HIT, OperationParams.getAssignmentsForHit(request),
                request.page().pageNumber(), Assignment.class);
    }

    /**
     * {@code GetAssignmentsForHIT} with boto2's defaults: every status, by submit time, page 1 of 10.
     *
     * @param hitId the HIT
     * @return the page
     */
    public Mono<Page<Assignment>> getAssignments(String hitId) {
        return getAssignments(GetAssignmentsForHitRequest.builder().hitId(hitId).build());
    }

    /**
     * Every assignment matching the request's filter and sort, lazily, in pages of {@value #LISTING_PAGE_SIZE}
     * (the request's own page is ignored); paging as {@link #getAllHits()}.
     *
     * @param request HIT, filter, sort, response groups
     * @return the assignments, each emitted as soon as it is parsed
     */
    public Flux<Assignment> getAllAssignments(GetAssignmentsForHitRequest request) {
        return executeAll(Operations.GET_ASSIGNMENTS_FOR_HIT, n -> OperationParams.getAssignmentsForHit(
                request.toBuilder().page(PageRequest.of(LISTING_PAGE_SIZE, n)).build()),
                LISTING_PAGE_SIZE, Assignment.class);
    }

    /**
     * Every assignment of a HIT with one of the given statuses (none: all), lazily, by submit time.
     *
     * @param hitId    the HIT
     * @param statuses the statuses to keep (Submitted, Approved, Rejected)
     * @return the assignments
     */
    public Flux<Assignment> getAllAssignments(String hitId, AssignmentStatus... statuses) {
        return getAllAssignments(GetAssignmentsForHitRequest.builder().hitId(hitId)
                .assignmentStatuses(List.of(statuses)).build());
    }

    /**
     * {@code ApproveAssignment} without feedback; see {@link #approveAssignment(String, String)}.
     *
     * @param assignmentId the submitted assignment
     * @return completes when approved
     */
    public Mono<Void> approveAssignment(String assignmentId) {
        return approveAssignment(assignmentId, null);
    }

    /**
     * {@code ApproveAssignment}: approves a submitted assignment and pays the reward and fee. Sends
     * {@code AssignmentId} and {@code RequesterFeedback} if given (at most 1024 characters, no control characters).
     * Not repeated once the service may have acted on it: the service refuses a second approval with
     * {@code AWS.MechanicalTurk.InvalidAssignmentState}; after an ambiguous failure check with
     * {@link #getAssignment}.
     *
     * @param assignmentId the submitted assignment
     * @param feedback     feedback for the worker, or {@code null}
     * @return completes when approved; e.g. {@code AWS.MechanicalTurk.InsufficientFunds}
     */
    public Mono<Void> approveAssignment(String assignmentId, String feedback) {
        return executeVoid(Operations.APPROVE_ASSIGNMENT,
                OperationParams.assignmentDecision(new AssignmentDecisionRequest(assignmentId, feedback)));
    }

    /**
     * {@code RejectAssignment} without feedback; see {@link #rejectAssignment(String, String)}.
     *
     * @param assignmentId the submitted assignment
     * @return completes when rejected
     */
    public Mono<Void> rejectAssignment(String assignmentId) {
        return rejectAssignment(assignmentId, null);
    }

    /**
     * {@code RejectAssignment}: rejects a submitted assignment (no payment). Sends {@code AssignmentId} and
     * {@code RequesterFeedback} if given. Not repeated once the service may have acted on it (a repeat is refused with
     * {@code InvalidAssignmentState}).
     *
     * @param assignmentId the submitted assignment
     * @param feedback     feedback for the worker, or {@code null}
     * @return completes when rejected
     */
    public Mono<Void> rejectAssignment(String assignmentId, String feedback) {
        return executeVoid(Operations.REJECT_ASSIGNMENT,
                OperationParams.assignmentDecision(new AssignmentDecisionRequest(assignmentId, feedback)));
    }

    /**
     * {@code ApproveRejectedAssignment} without feedback; see {@link #approveRejectedAssignment(String, String)}.
     *
     * @param assignmentId the rejected assignment
     * @return completes when approved
     */
    public Mono<Void> approveRejectedAssignment(String assignmentId) {
        return approveRejectedAssignment(assignmentId, null);
    }

    /**
     * {@code ApproveRejectedAssignment}: approves an assignment rejected within the last 30 days and pays it. Sends
     * {@code AssignmentId} and {@code RequesterFeedback} if given. Not repeated once the service may have acted on it.
     *
     * @param assignmentId the rejected assignment
     * @param feedback     feedback for the worker, or {@code null}
     * @return completes when approved
     */
    public Mono<Void> approveRejectedAssignment(String assignmentId, String feedback) {
        return executeVoid(Operations.APPROVE_REJECTED_ASSIGNMENT,
                OperationParams.assignmentDecision(new AssignmentDecisionRequest(assignmentId, feedback)));
    }

    /**
     * {@code GetFileUploadURL}: a temporary (60 s) URL of a file uploaded as an answer. Sends {@code AssignmentId}
     * and {@code QuestionIdentifier}.
     *
     * @param assignmentId       the assignment
     * @param questionIdentifier the file-upload question
     * @return the URL
     */
    public Mono<FileUploadUrl> getFileUploadUrl(String assignmentId, String questionIdentifier) {
        return executeOne(Operations.GET_FILE_UPLOAD_URL, OperationParams.getFileUploadUrl(
                new GetFileUploadUrlRequest(assignmentId, questionIdentifier)), FileUploadUrl.class);
    }

    // ---- bonuses ----

    /**
     * {@code GrantBonus}: pays a worker a bonus for an assignment. Sends {@code WorkerId}, {@code AssignmentId},
     * {@code BonusAmount.1.Amount}/{@code .CurrencyCode}, {@code Reason} (shown to the worker) and a
     * {@code UniqueRequestToken}: the caller's, or one generated for this subscription and reused by every retry.
     *
     * <p>Idempotent: the service answers a repeated token with {@code AWS.MechanicalTurk.DuplicateCall}, which the
     * client treats as success (the bonus was paid once).
     *
     * @param request worker, assignment, amount, reason, optional token
     * @return completes when paid; e.g. {@code AWS.MechanicalTurk.InsufficientFunds}
     */
    public Mono<Void> grantBonus(GrantBonusRequest request) {
        return duplicateIsSuccess(executeVoid(Operations.GRANT_BONUS, OperationParams.grantBonus(request)));
    }

    /**
     * boto2's {@code grant_bonus(worker_id, assignment_id, bonus_price, reason)}; see
     * {@link #grantBonus(GrantBonusRequest)}. The amount may be a {@link Price} of any positive amount with at most
     * two decimals (boto2 failed on floats).
     *
     * @param workerId     the worker
     * @param assignmentId the assignment the bonus is for
     * @param bonus        the amount
     * @param reason       the reason shown to the worker
     * @return completes when paid
     */
    public Mono<Void> grantBonus(String workerId, String assignmentId, Price bonus, String reason) {
        return grantBonus(GrantBonusRequest.of(workerId, assignmentId, bonus, reason));
    }

    /**
     * {@code GetBonusPayments}: one page of the bonuses paid for a HIT or an assignment. Sends {@code HITId} or
     * {@code AssignmentId}, {@code PageSize} (10), {@code PageNumber} (1).
     *
     * @param request HIT or assignment, page
     * @return the page
     */
    public Mono<Page<BonusPayment>> getBonusPayments(GetBonusPaymentsRequest request) {
        return page(Operations.GET_BONUS_PAYMENTS, OperationParams.getBonusPayments(request),
                request.page().pageNumber(), BonusPayment.class);
    }

    /**
     * Every bonus paid for the request's HIT or assignment, lazily, in pages of {@value #LISTING_PAGE_SIZE} (the
     * request's page is ignored); paging as {@link #getAllHits()}.
     *
     * @param request HIT or assignment, e.g. {@code GetBonusPaymentsRequest.forHit(hitId, null)}
     * @return the bonus payments
     */
    public Flux<BonusPayment> getAllBonusPayments(GetBonusPaymentsRequest request) {
        return executeAll(Operations.GET_BONUS_PAYMENTS, n -> OperationParams.getBonusPayments(
                new GetBonusPaymentsRequest(request.hitId(), request.assignmentId(),
                        PageRequest.of(LISTING_PAGE_SIZE, n))), LISTING_PAGE_SIZE, BonusPayment.class);
    }

    // ---- workers ----

    /**
     * {@code BlockWorker}: blocks a worker from your HITs. Sends {@code WorkerId} and {@code Reason} (required, not
     * shown to the worker). Blocking a blocked worker is success, so it is retried like a read.
     *
     * @param workerId the worker
     * @param reason   why
     * @return completes when blocked
     */
    public Mono<Void> blockWorker(String workerId, String reason) {
        return executeVoid(Operations.BLOCK_WORKER, OperationParams.workerBlock(BlockWorkerRequest.block(workerId,
                reason)));
    }

    /**
     * {@code UnblockWorker}: lifts a block. Sends {@code WorkerId} and {@code Reason} if given. Unblocking a worker
     * who is not blocked is success, so it is retried like a read.
     *
     * @param workerId the worker
     * @param reason   why, or {@code null}
     * @return completes when unblocked
     */
    public Mono<Void> unblockWorker(String workerId, String reason) {
        return executeVoid(Operations.UNBLOCK_WORKER, OperationParams.workerBlock(new BlockWorkerRequest(workerId,
                reason)));
    }

    /**
     * {@code GetBlockedWorkers}: one page of the workers you blocked. Sends {@code PageSize} (default 10, up to
     * 65535) and {@code PageNumber} (1).
     *
     * @param request the page
     * @return the page
     */
    public Mono<Page<WorkerBlock>> getBlockedWorkers(GetBlockedWorkersRequest request) {
        return page(Operations.GET_BLOCKED_WORKERS, OperationParams.getBlockedWorkers(request),
                request.pageNumber(), WorkerBlock.class);
    }

    /**
     * Every blocked worker, lazily, in pages of {@value #LISTING_PAGE_SIZE}; paging as {@link #getAllHits()}.
     *
     * @return the blocks
     */
    public Flux<WorkerBlock> getAllBlockedWorkers() {
        return executeAll(Operations.GET_BLOCKED_WORKERS, n -> OperationParams.getBlockedWorkers(
                new GetBlockedWorkersRequest(LISTING_PAGE_SIZE, n)), LISTING_PAGE_SIZE, WorkerBlock.class);
    }

    /**
     * {@code NotifyWorkers}: e-mails up to 100 workers (only those whose work you approved or rejected before).
     * Sends {@code Subject} (at most 200 characters), {@code MessageText} (at most 4096) and {@code WorkerId.N}.
     * Not repeated once the service may have acted on it (a repeat would e-mail again).
     *
     * @param request subject, text and workers
     * @return the workers that could not be notified (empty when all were)
     */
    public Mono<List<NotifyWorkersFailure>> notifyWorkers(NotifyWorkersRequest request) {
        return executeMany(Operations.NOTIFY_WORKERS, OperationParams.notifyWorkers(request),
                NotifyWorkersFailure.class).collectList();
    }

    /**
     * boto2's {@code notify_workers(worker_ids, subject, message_text)}; see
     * {@link #notifyWorkers(NotifyWorkersRequest)}.
     *
     * @param workerIds   1 to 100 workers
     * @param subject     the subject
     * @param messageText the text
     * @return the workers that could not be notified
     */
    public Mono<List<NotifyWorkersFailure>> notifyWorkers(List<String> workerIds, String subject,
                                                          String messageText) {
        return notifyWorkers(new NotifyWorkersRequest(subject, messageText, workerIds));
    }

    // ---- qualification types ----

    /**
     * {@code CreateQualificationType}. Sends {@code Name}, {@code Description}, {@code QualificationTypeStatus}
     * (default {@code Active}), and if set {@code Keywords}, {@code RetryDelayInSeconds}, {@code Test},
     * {@code AnswerKey}, {@code TestDurationInSeconds}, {@code AutoGranted}, {@code AutoGrantedValue}. Not repeated
     * once sent (a repeat is refused as a duplicate name).
     *
     * @param request the validated request
     * @return the created type
     */
    public Mono<QualificationType> createQualificationType(CreateQualificationTypeRequest request) {
        return executeOne(Operations.CREATE_QUALIFICATION_TYPE, OperationParams.createQualificationType(request),
                QualificationType.class);
    }

    /**
     * {@code CreateQualificationType} with a builder; see {@link #createQualificationType(CreateQualificationTypeRequest)}.
     *
     * @param spec fills the builder
     * @return the created type
     */
    public Mono<QualificationType> createQualificationType(Consumer<CreateQualificationTypeRequest.Builder> spec) {
        CreateQualificationTypeRequest.Builder b = CreateQualificationTypeRequest.builder();
        spec.accept(b);
        return createQualificationType(b.build());
    }

    /**
     * {@code GetQualificationType}: sends {@code QualificationTypeId}.
     *
     * @param qualificationTypeId the type
     * @return the type
     */
    public Mono<QualificationType> getQualificationType(String qualificationTypeId) {
        return executeOne(Operations.GET_QUALIFICATION_TYPE, OperationParams.qualificationTypeId(qualificationTypeId),
                QualificationType.class);
    }

    /**
     * {@code UpdateQualificationType}: sends {@code QualificationTypeId} and each field to change (omitted fields
     * stay). Replaces values, so it is retried like a read.
     *
     * @param request the changes
     * @return the updated type
     */
    public Mono<QualificationType> updateQualificationType(UpdateQualificationTypeRequest request) {
        return executeOne(Operations.UPDATE_QUALIFICATION_TYPE, OperationParams.updateQualificationType(request),
                QualificationType.class);
    }

    /**
     * {@code DisposeQualificationType}: sends {@code QualificationTypeId}. Not repeated once the service may have acted on it.
     *
     * @param qualificationTypeId the type
     * @return completes when disposal started
     */
    public Mono<Void> disposeQualificationType(String qualificationTypeId) {
        return executeVoid(Operations.DISPOSE_QUALIFICATION_TYPE,
                OperationParams.qualificationTypeId(qualificationTypeId));
    }

    /**
     * {@code SearchQualificationTypes}: one page. Sends {@code Query} if given (boto2 sent {@code Query=None}),
     * {@code SortProperty} ({@code Name}), {@code SortDirection} ({@code Ascending}), {@code PageSize} (10),
     * {@code PageNumber} (1), {@code MustBeRequestable} ({@code true}), {@code MustBeOwnedByCaller}
     * ({@code true}).
     *
     * @param request query, sort, page, filters
     * @return the page
     */
    public Mono<Page<QualificationType>> searchQualificationTypes(SearchQualificationTypesRequest request) {
        return page(Operations.SEARCH_QUALIFICATION_TYPES, OperationParams.searchQualificationTypes(request),
                request.page().pageNumber(), QualificationType.class);
    }

    /**
     * {@code SearchQualificationTypes} with boto2's defaults and a query; see
     * {@link #searchQualificationTypes(SearchQualificationTypesRequest)}.
     *
     * @param query words to search for, or {@code null} for all
     * @return the page
     */
    public Mono<Page<QualificationType>> searchQualificationTypes(String query) {
        return searchQualificationTypes(SearchQualificationTypesRequest.builder().query(query).build());
    }

    /**
     * Every qualification type matching the request's query and filters, lazily, in pages of
     * {@value #LISTING_PAGE_SIZE} (the request's page is ignored); paging as {@link #getAllHits()}.
     *
     * @param request query, sort, filters
     * @return the types
     */
    public Flux<QualificationType> searchAllQualificationTypes(SearchQualificationTypesRequest request) {
        return executeAll(Operations.SEARCH_QUALIFICATION_TYPES, n -> OperationParams.searchQualificationTypes(
                request.withPage(PageRequest.of(LISTING_PAGE_SIZE, n))), LISTING_PAGE_SIZE, QualificationType.class);
    }

    // ---- qualification requests and qualifications ----

    /**
     * {@code GetQualificationRequests}: one page of requests awaiting your decision. Sends
     * {@code QualificationTypeId} if given (none: all your types), {@code SortProperty} ({@code SubmitTime}; boto2's
     * {@code Expiration} is not a documented value), {@code SortDirection} ({@code Ascending}), {@code PageSize}
     * (10), {@code PageNumber} (1).
     *
     * @param request type, sort, page
     * @return the page, with typed test answers
     */
    public Mono<Page<QualificationRequest>> getQualificationRequests(GetQualificationRequestsRequest request) {
        return page(Operations.GET_QUALIFICATION_REQUESTS, OperationParams.getQualificationRequests(request),
                request.page().pageNumber(), QualificationRequest.class);
    }

    /**
     * {@code GetQualificationRequests} for one type (or all with {@code null}), with the defaults.
     *
     * @param qualificationTypeId the type, or {@code null}
     * @return the page
     */
    public Mono<Page<QualificationRequest>> getQualificationRequests(String qualificationTypeId) {
        return getQualificationRequests(GetQualificationRequestsRequest.builder()
                .qualificationTypeId(qualificationTypeId).build());
    }

    /**
     * Every pending qualification request matching the request, lazily, in pages of {@value #LISTING_PAGE_SIZE}
     * (the request's page is ignored); paging as {@link #getAllHits()}.
     *
     * @param request type and sort
     * @return the requests
     */
    public Flux<QualificationRequest> getAllQualificationRequests(GetQualificationRequestsRequest request) {
        return executeAll(Operations.GET_QUALIFICATION_REQUESTS, n -> OperationParams.getQualificationRequests(
                request.toBuilder().page(PageRequest.of(LISTING_PAGE_SIZE, n)).build()),
                LISTING_PAGE_SIZE, QualificationRequest.class);
    }

    /**
     * Every pending request for one type (or all with {@code null}), lazily.
     *
     * @param qualificationTypeId the type, or {@code null}
     * @return the requests
     */
    public Flux<QualificationRequest> getAllQualificationRequests(String qualificationTypeId) {
        return getAllQualificationRequests(GetQualificationRequestsRequest.builder()
                .qualificationTypeId(qualificationTypeId).build());
    }

    /**
     * {@code GrantQualification}: grants a pending request. Sends {@code QualificationRequestId} and
     * {@code IntegerValue}. Not repeated once the service may have acted on it (the request is gone after the first grant).
     *
     * @param qualificationRequestId the request
     * @param integerValue           the value to grant (boto2's default is 1)
     * @return completes when granted
     */
    public Mono<Void> grantQualification(String qualificationRequestId, int integerValue) {
        return executeVoid(Operations.GRANT_QUALIFICATION, OperationParams.grantQualification(
                new GrantQualificationRequest(qualificationRequestId, integerValue)));
    }

    /**
     * {@code GrantQualification} with the value 1.
     *
     * @param qualificationRequestId the request
     * @return completes when granted
     */
    public Mono<Void> grantQualification(String qualificationRequestId) {
        return grantQualification(qualificationRequestId, 1);
    }

    /**
     * {@code RejectQualificationRequest}: sends {@code QualificationRequestId} and {@code Reason} (shown to the
     * worker) if given. Not repeated once the service may have acted on it.
     *
     * @param qualificationRequestId the request
     * @param reason                 why, or {@code null}
     * @return completes when rejected
     */
    public Mono<Void> rejectQualificationRequest(String qualificationRequestId, String reason) {
        return executeVoid(Operations.REJECT_QUALIFICATION_REQUEST, OperationParams.rejectQualificationRequest(
                new RejectQualificationRequestRequest(qualificationRequestId, reason)));
    }

    /**
     * {@code AssignQualification}: gives a worker a qualification of your type without a request. Sends
     * {@code QualificationTypeId}, {@code WorkerId}, {@code IntegerValue} (default 1), {@code SendNotification}
     * (default {@code true}). Not repeated once the service may have acted on it (a repeat notifies the worker again).
     *
     * @param request type, worker, value, notification
     * @return completes when assigned
     */
    public Mono<Void> assignQualification(AssignQualificationRequest request) {
        return executeVoid(Operations.ASSIGN_QUALIFICATION, OperationParams.assignQualification(request));
    }

    /**
     * boto2's {@code assign_qualification(qual_type_id, worker_id, value, send_notification)}.
     *
     * @param qualificationTypeId the type
     * @param workerId            the worker
     * @param integerValue        the value
     * @param sendNotification    whether to e-mail the worker
     * @return completes when assigned
     */
    public Mono<Void> assignQualification(String qualificationTypeId, String workerId, int integerValue,
                                          boolean sendNotification) {
        return assignQualification(new AssignQualificationRequest(qualificationTypeId, workerId, integerValue,
                sendNotification));
    }

    /**
     * {@code AssignQualification} with value 1 and a notification.
     *
     * @param qualificationTypeId the type
     * @param workerId            the worker
     * @return completes when assigned
     */
    public Mono<Void> assignQualification(String qualificationTypeId, String workerId) {
        return assignQualification(AssignQualificationRequest.of(qualificationTypeId, workerId));
    }

    /**
     * {@code RevokeQualification}: sends {@code SubjectId}, {@code QualificationTypeId}, and {@code Reason} if given
     * (boto2 sent {@code Reason=None}). Not repeated once the service may have acted on it.
     *
     * @param workerId            the worker
     * @param qualificationTypeId the type
     * @param reason              why, or {@code null}
     * @return completes when revoked
     */
    public Mono<Void> revokeQualification(String workerId, String qualificationTypeId, String reason) {
        return executeVoid(Operations.REVOKE_QUALIFICATION, OperationParams.revokeQualification(
                new RevokeQualificationRequest(workerId, qualificationTypeId, reason)));
    }

    /**
     * {@code GetQualificationScore}: a worker's qualification of your type. Sends {@code QualificationTypeId} and
     * {@code SubjectId}.
     *
     * @param qualificationTypeId the type
     * @param workerId            the worker
     * @return the qualification
     */
    public Mono<Qualification> getQualificationScore(String qualificationTypeId, String workerId) {
        return executeOne(Operations.GET_QUALIFICATION_SCORE,
                OperationParams.getQualificationScore(qualificationTypeId, workerId), Qualification.class);
    }

    /**
     * {@code UpdateQualificationScore}: sets the value of a qualification the worker holds. Sends
     * {@code QualificationTypeId}, {@code SubjectId}, {@code IntegerValue}. Sets a value, so it is retried.
     *
     * @param qualificationTypeId the type
     * @param workerId            the worker
     * @param integerValue        the new value
     * @return completes when updated
     */
    public Mono<Void> updateQualificationScore(String qualificationTypeId, String workerId, int integerValue) {
        return executeVoid(Operations.UPDATE_QUALIFICATION_SCORE, OperationParams.updateQualificationScore(
                new UpdateQualificationScoreRequest(qualificationTypeId, workerId, integerValue)));
    }

    /**
     * {@code GetQualificationsForQualificationType}: one page of the qualifications of a type. Sends
     * {@code QualificationTypeId}, {@code Status} (default {@code Granted}), {@code PageSize} (default 100, as
     * boto2), {@code PageNumber} (1).
     *
     * @param request type, status, page
     * @return the page
     */
    public Mono<Page<Qualification>> getQualificationsForQualificationType(
            GetQualificationsForQualificationTypeRequest request) {
        return page(Operations.GET_QUALIFICATIONS_FOR_QUALIFICATION_TYPE,
                OperationParams.getQualificationsForQualificationType(request), request.page().pageNumber(),
                Qualification.class);
    }

    /**
     * {@code GetQualificationsForQualificationType} with the defaults (granted, page 1 of 100).
     *
     * @param qualificationTypeId the type
     * @return the page
     */
    public Mono<Page<Qualification>> getQualificationsForQualificationType(String qualificationTypeId) {
        return getQualificationsForQualificationType(
                new GetQualificationsForQualificationTypeRequest(qualificationTypeId, null, null));
    }

    /**
     * boto2's {@code get_all_qualifications_for_qual_type}: every granted qualification of a type, lazily, in pages
     * of {@value #LISTING_PAGE_SIZE}; paging as {@link #getAllHits()}.
     *
     * @param qualificationTypeId the type
     * @return the qualifications
     */
    public Flux<Qualification> getAllQualificationsForQualificationType(String qualificationTypeId) {
        return getAllQualificationsForQualificationType(
                new GetQualificationsForQualificationTypeRequest(qualificationTypeId, null, null));
    }

    /**
     * Every qualification of the request's type and status, lazily (the request's page is ignored).
     *
     * @param request type and status
     * @return the qualifications
     */
    public Flux<Qualification> getAllQualificationsForQualificationType(
            GetQualificationsForQualificationTypeRequest request) {
        return executeAll(Operations.GET_QUALIFICATIONS_FOR_QUALIFICATION_TYPE,
                n -> OperationParams.getQualificationsForQualificationType(new GetQualificationsForQualificationTypeRequest(
                        request.qualificationTypeId(), request.status(), PageRequest.of(LISTING_PAGE_SIZE, n))),
                LISTING_PAGE_SIZE, Qualification.class);
    }

    // ---- statistics and help ----

    /**
     * {@code GetRequesterStatistic}: sends {@code Statistic}, {@code TimePeriod}, and {@code Count} if given (only
     * with {@code OneDay}).
     *
     * @param request statistic, period, count
     * @return the statistic with its data points
     */
    public Mono<StatisticResult> getRequesterStatistic(GetRequesterStatisticRequest request) {
        return executeOne(Operations.GET_REQUESTER_STATISTIC, OperationParams.getRequesterStatistic(request),
                StatisticResult.class);
    }

    /**
     * {@code GetRequesterStatistic} for one period.
     *
     * @param statistic  the statistic
     * @param timePeriod the period
     * @return the statistic with its data points
     */
    public Mono<StatisticResult> getRequesterStatistic(RequesterStatistic statistic, TimePeriod timePeriod) {
        return getRequesterStatistic(new GetRequesterStatisticRequest(statistic, timePeriod, null));
    }

    /**
     * {@code GetRequesterWorkerStatistic}: sends {@code Statistic} (one of the twelve worker statistics),
     * {@code WorkerId}, {@code TimePeriod}, and {@code Count} if given.
     *
     * @param request statistic, worker, period, count
     * @return the statistic with its data points and worker id
     */
    public Mono<StatisticResult> getRequesterWorkerStatistic(GetRequesterWorkerStatisticRequest request) {
        return executeOne(Operations.GET_REQUESTER_WORKER_STATISTIC,
                OperationParams.getRequesterWorkerStatistic(request), StatisticResult.class);
    }

    /**
     * {@code GetRequesterWorkerStatistic} for one period.
     *
     * @param statistic  a worker statistic
     * @param workerId   the worker
     * @param timePeriod the period
     * @return the statistic with its data points
     */
    public Mono<StatisticResult> getRequesterWorkerStatistic(RequesterStatistic statistic, String workerId,
                                                             TimePeriod timePeriod) {
        return getRequesterWorkerStatistic(new GetRequesterWorkerStatisticRequest(statistic, workerId, timePeriod,
                null));
    }

    /**
     * {@code Help}: sends {@code About} (one name; several as {@code About.N}) and {@code HelpType} (default
     * {@code Operation}).
     *
     * @param request names and type
     * @return the descriptions
     */
    public Mono<HelpInformation> getHelp(HelpRequest request) {
        return executeOne(Operations.HELP, OperationParams.help(request), HelpInformation.class);
    }

    /**
     * boto2's {@code get_help(about, help_type)}.
     *
     * @param about    an operation or response-group name
     * @param helpType what {@code about} names
     * @return the description
     */
    public Mono<HelpInformation> getHelp(String about, HelpType helpType) {
        return getHelp(new HelpRequest(List.of(noNulls("about", about)), helpType));
    }

    /**
     * {@code Help} about an operation.
     *
     * @param operation the operation name, e.g. {@code CreateHIT}
     * @return the description
     */
    public Mono<HelpInformation> getHelp(String operation) {
        return getHelp(operation, HelpType.OPERATION);
    }

    // ---- the seam used by every operation method (operations are added on top of these) ----

    /**
     * Runs an operation that yields exactly one record.
     *
     * @param op     the descriptor from {@link Operations}
     * @param params the operation's parameters
     * @param type   the record type
     * @param <T>    record type
     * @return the record
     */
    <T> Mono<T> executeOne(Operation<T> op, Params params, Class<T> type) {
        return executor.executeOne(op, params, type);
    }

    /**
     * Runs an operation that yields nothing.
     *
     * @param op     the descriptor
     * @param params the parameters
     * @return completion
     */
    Mono<Void> executeVoid(Operation<?> op, Params params) {
        return executor.executeVoid(op, params);
    }

    /**
     * Runs an operation that yields several records in one response (not paged).
     *
     * @param op     the descriptor
     * @param params the parameters
     * @param type   the record type
     * @param <T>    record type
     * @return the records as parsed
     */
    <T> Flux<T> executeMany(Operation<T> op, Params params, Class<T> type) {
        return executor.executeMany(op, params, type);
    }

    /**
     * One page of a paged operation.
     *
     * @param op     the descriptor (an {@code items} response spec)
     * @param params the parameters including {@code PageNumber}/{@code PageSize}
     * @param page   the page number the params ask for
     * @param type   the item type
     * @param <T>    item type
     * @return the page
     */
    <T> Mono<PageResult<T>> executePage(Operation<T> op, Params params, int page, Class<T> type) {
        return Paging.collect(n -> executor.execute(op, params), page, type);
    }

    /**
     * Every item of a paged operation, lazily: page N+1 is requested only when demand runs past page N.
     *
     * @param op         the descriptor (an {@code items} response spec)
     * @param pageParams the parameters of page N (1-based), including {@code PageNumber=N} and
     *                   {@code PageSize=pageSize}
     * @param pageSize   the page size the parameters ask for (1..100)
     * @param type       the item type
     * @param <T>        item type
     * @return the items as they are parsed
     */
    <T> Flux<T> executeAll(Operation<T> op, IntFunction<Params> pageParams, int pageSize, Class<T> type) {
        return Paging.items(n -> executor.execute(op, pageParams.apply(n)), pageSize, type);
    }

    /**
     * Every page of a paged operation, lazily.
     *
     * @param op         the descriptor
     * @param pageParams the parameters of page N
     * @param pageSize   the page size
     * @param type       the item type
     * @param <T>        item type
     * @return the pages
     */
    <T> Flux<PageResult<T>> executePages(Operation<T> op, IntFunction<Params> pageParams, int pageSize,
                                         Class<T> type) {
        return Paging.pages(n -> executor.execute(op, pageParams.apply(n)), pageSize, type);
    }

    /** Disposes the connection pool this client created; a caller-supplied {@link HttpClient} is left alone. */
    @Override
    public void close() {
        if (ownedProvider != null) {
            ownedProvider.dispose();
        }
    }

    /**
     * Configures a {@link MTurkClient}. Not thread-safe; {@link #build()} copies it, so a builder may be reused.
     */
    public static final class Builder {
        private Endpoint endpoint = Endpoint.PRODUCTION;
        private CredentialsProvider credentials = CredentialsProvider.defaultChain();
        private Clock clock = Clock.systemUTC();
        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
        private HttpClient httpClient;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration responseTimeout = Duration.ofSeconds(60);
        private ResponseLimits responseLimits = ResponseLimits.DEFAULT;
        private int maxConnections = 50;
        private OperationMetrics metrics;

        private Builder() {
        }

        Builder copy() {
            Builder b = new Builder();
            b.endpoint = endpoint;
            b.credentials = credentials;
            b.clock = clock;
            b.retryPolicy = retryPolicy;
            b.httpClient = httpClient;
            b.connectTimeout = connectTimeout;
            b.responseTimeout = responseTimeout;
            b.responseLimits = responseLimits;
            b.maxConnections = maxConnections;
            b.metrics = metrics;
            return b;
        }

        /**
         * @param endpoint where requests go (default {@link Endpoint#PRODUCTION})
         * @return this builder
         */
        public Builder endpoint(Endpoint endpoint) {
            this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
            return this;
        }

        /**
         * @param credentials fixed credentials
         * @return this builder
         */
        public Builder credentials(Credentials credentials) {
            this.credentials = CredentialsProvider.of(credentials);
            return this;
        }

        /**
         * @param provider resolved once per call (default {@link CredentialsProvider#defaultChain()})
         * @return this builder
         */
        public Builder credentialsProvider(CredentialsProvider provider) {
            this.credentials = Objects.requireNonNull(provider, "provider");
            return this;
        }

        /**
         * @param clock gives each attempt's {@code Timestamp} (default UTC system clock)
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @param retryPolicy backoff and limits (default {@link RetryPolicy#DEFAULT})
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /**
         * Uses the caller's Reactor Netty client (its connection pool, event loops, proxy, TLS and metrics
         * settings). The client adds compression, the timeouts of this builder, and the request headers on top,
         * which creates derived {@code HttpClient}s sharing the caller's resources; the caller remains responsible
         * for disposing them, and {@link MTurkClient#close()} does not touch them.
         *
         * @param httpClient the client
         * @return this builder
         */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
            return this;
        }

        /**
         * @param timeout longest wait to establish a connection (default 10 s)
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive("connectTimeout", timeout);
            return this;
        }

        /**
         * @param timeout longest silence while waiting for or reading a response (default 60 s)
         * @return this builder
         */
        public Builder responseTimeout(Duration timeout) {
            this.responseTimeout = positive("responseTimeout", timeout);
            return this;
        }

        /**
         * @param limits bounds of one response document (default {@link ResponseLimits#DEFAULT})
         * @return this builder
         */
        public Builder responseLimits(ResponseLimits limits) {
            this.responseLimits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * @param max size of the connection pool the client creates when no {@link HttpClient} is given (default 50)
         * @return this builder
         */
        public Builder maxConnections(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxConnections must be >= 1, was " + max);
            }
            this.maxConnections = max;
            return this;
        }

        /**
         * Measures every logical call: its duration, outcome and attempts, reported once when it ends. Off by default
         * (nothing is measured and nothing allocated for it). For Micrometer, pass
         * {@code mturk.reactive.core.metrics.MicrometerOperationMetrics.of(registry)}.
         *
         * @param metrics the receiver of the measurements, or {@code null} to measure nothing
         * @return this builder
         */
        public Builder metrics(OperationMetrics metrics) {
            this.metrics = metrics;
            return this;
        }

        private static Duration positive(String name, Duration d) {
            Objects.requireNonNull(d, name);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be > 0, was " + d);
            }
            return d;
        }

        /** @return a new immutable client; no connection is opened until a call is subscribed */
        public MTurkClient build() {
            return new MTurkClient(this);
        }
    }
}
