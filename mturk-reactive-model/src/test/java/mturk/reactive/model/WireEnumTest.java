package mturk.reactive.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WireEnumTest {

    static Stream<Class<? extends Enum<?>>> wireEnums() {
        return Stream.of(HitStatus.class, HitReviewStatus.class, AssignmentStatus.class, QualificationTypeStatus.class,
                QualificationStatus.class, Comparator.class, EventType.class, NotificationTransport.class,
                HitSortProperty.class, QualificationTypeSortProperty.class, AssignmentSortProperty.class,
                QualificationRequestSortProperty.class, SortDirection.class, ResponseGroup.class,
                ReviewActionStatus.class, ReviewPolicyLevel.class, TimePeriod.class, RequesterStatistic.class,
                NotifyWorkersFailureCode.class, HelpType.class);
    }

    private static WireEnum fromWire(Class<?> type, String wire) throws Exception {
        Method method = type.getMethod("fromWire", String.class);
        return (WireEnum) method.invoke(null, wire);
    }

    private static List<WireEnum> constants(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireEnum.class::cast).toList();
    }

    @ParameterizedTest
    @MethodSource("wireEnums")
    void everyKnownConstantReadsBackFromItsWireValue(Class<?> type) throws Exception {
        for (WireEnum constant : constants(type)) {
            if (constant.isKnown()) {
                assertSame(constant, fromWire(type, constant.wireValue()));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("wireEnums")
    void readingIgnoresCaseAndSurroundingWhiteSpace(Class<?> type) throws Exception {
        for (WireEnum constant : constants(type)) {
            if (constant.isKnown()) {
                String shouted = " " + constant.wireValue().toUpperCase(Locale.ROOT) + "\n";
                assertSame(constant, fromWire(type, shouted));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("wireEnums")
    void anUnrecognisedValueReadsAsUnknownInsteadOfFailing(Class<?> type) throws Exception {
        WireEnum read = fromWire(type, "SomethingAddedIn2030");
        assertEquals("UNKNOWN", read.name());
        assertFalse(read.isKnown());
    }

    @ParameterizedTest
    @MethodSource("wireEnums")
    void unknownHasNoWireValueOfItsOwn(Class<?> type) throws Exception {
        WireEnum unknown = fromWire(type, "x");
        assertThrows(IllegalStateException.class, unknown::wireValue);
    }

    @ParameterizedTest
    @MethodSource("wireEnums")
    void wireValuesAreDistinctIgnoringCase(Class<?> type) {
        List<String> keys = constants(type).stream().filter(WireEnum::isKnown)
                .map(c -> c.wireValue().toLowerCase(Locale.ROOT)).toList();
        assertEquals(keys.size(), keys.stream().distinct().count());
    }

    @Test
    void wireSpellingsKeepTheApiAcronyms() {
        assertEquals("HITReviewable", EventType.HIT_REVIEWABLE.wireValue());
        assertEquals("NumberHITsAssignable", RequesterStatistic.NUMBER_HITS_ASSIGNABLE.wireValue());
        assertEquals("HITAssignmentSummary", ResponseGroup.HIT_ASSIGNMENT_SUMMARY.wireValue());
        assertEquals("GreaterThanOrEqualTo", Comparator.GREATER_THAN_OR_EQUAL_TO.wireValue());
        assertEquals("SQS", NotificationTransport.SQS.wireValue());
    }

    @Test
    void reviewActionStatusReadsTheDocumentationsUpperCaseSpelling() {
        assertSame(ReviewActionStatus.SUCCEEDED, ReviewActionStatus.fromWire("SUCCEEDED"));
    }

    @Test
    void twelveStatisticsAreWorkerStatistics() {
        long count = Arrays.stream(RequesterStatistic.values()).filter(RequesterStatistic::isWorkerStatistic).count();
        assertEquals(12, count);
        assertTrue(RequesterStatistic.PERCENT_KNOWN_ANSWERS_CORRECT.isWorkerStatistic());
        assertFalse(RequesterStatistic.TOTAL_REWARD_PAYOUT.isWorkerStatistic());
    }

    @Test
    void numberStatisticsAreCounts() {
        assertTrue(RequesterStatistic.NUMBER_ASSIGNMENTS_APPROVED.isCount());
        assertFalse(RequesterStatistic.AVERAGE_REWARD_AMOUNT.isCount());
        assertFalse(RequesterStatistic.UNKNOWN.isCount());
    }

    @Test
    void readingNullIsAProgrammingError() {
        assertThrows(NullPointerException.class, () -> HitStatus.fromWire(null));
    }
}
