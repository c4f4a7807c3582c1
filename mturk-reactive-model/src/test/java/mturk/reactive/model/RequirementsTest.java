package mturk.reactive.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RequirementsTest {

    private static int[] integers(int count) {
        return IntStream.range(0, count).toArray();
    }

    private static LocaleValue[] locales(int count) {
        return IntStream.range(0, count).mapToObj(i -> LocaleValue.of("C" + i)).toArray(LocaleValue[]::new);
    }

    private static String messageOf(Runnable action) {
        return assertThrows(IllegalArgumentException.class, action::run).getMessage();
    }

    @Test
    void systemTypeIdsAreTheDocumentedOnes() {
        assertEquals("2F1QJWKUDD8XADTFD2Q0G6UTO95ALH", Requirements.masters().qualificationTypeId());
        assertEquals("2ARFPLSP75KLA8M8DH1HTEQVJT3SY6", Requirements.mastersSandbox().qualificationTypeId());
        assertEquals("00000000000000000040",
                Requirements.numberHitsApproved(Comparator.GREATER_THAN, 100).qualificationTypeId());
        assertEquals("00000000000000000071", Requirements.locale(Comparator.EQUAL_TO, LocaleValue.of("US"))
                .qualificationTypeId());
        assertEquals("00000000000000000060", Requirements.adult().qualificationTypeId());
        assertEquals("000000000000000000L0",
                Requirements.percentAssignmentsApproved(Comparator.GREATER_THAN, 95).qualificationTypeId());
        assertEquals("00000000000000000000",
                Requirements.percentAssignmentsSubmitted(Comparator.GREATER_THAN, 95).qualificationTypeId());
        assertEquals("00000000000000000070",
                Requirements.percentAssignmentsAbandoned(Comparator.LESS_THAN, 5).qualificationTypeId());
        assertEquals("000000000000000000E0",
                Requirements.percentAssignmentsReturned(Comparator.LESS_THAN, 5).qualificationTypeId());
        assertEquals("000000000000000000S0",
                Requirements.percentAssignmentsRejected(Comparator.LESS_THAN, 5).qualificationTypeId());
    }

    @Test
    void mastersUsesExistsWithoutValues() {
        QualificationRequirement masters = Requirements.masters();

        assertEquals(Comparator.EXISTS, masters.comparator());
        assertTrue(masters.integerValues().isEmpty());
    }

    @Test
    void adultIsEqualToOne() {
        QualificationRequirement adult = Requirements.adult();

        assertEquals(Comparator.EQUAL_TO, adult.comparator());
        assertEquals(1, adult.integerValue());
    }

    @Test
    void requiredToPreviewIsOffUnlessAsked() {
        QualificationRequirement adult = Requirements.adult();

        assertFalse(adult.requiredToPreview());
        assertTrue(adult.withRequiredToPreview(true).requiredToPreview());
    }

    @Test
    void inTakesFifteenIntegerValues() {
        assertEquals(15, Requirements.custom("QT", Comparator.IN, integers(15)).integerValues().size());
    }

    @Test
    void inRefusesSixteenIntegerValues() {
        assertEquals("integerValues of comparator NotIn must have between 1 and 15 entries, was 16",
                messageOf(() -> Requirements.custom("QT", Comparator.NOT_IN, integers(16))));
    }

    @Test
    void inRefusesNoValues() {
        assertEquals("integerValues of comparator In must have between 1 and 15 entries, was 0",
                messageOf(() -> Requirements.custom("QT", Comparator.IN)));
    }

    @Test
    void localeInTakesThirtyValues() {
        assertEquals(30, Requirements.locale(Comparator.IN, locales(30)).localeValues().size());
    }

    @Test
    void localeInRefusesThirtyOneValues() {
        assertEquals("localeValues of comparator In must have between 1 and 30 entries, was 31",
                messageOf(() -> Requirements.locale(Comparator.IN, locales(31))));
    }

    @Test
    void localeEqualToTakesExactlyOneValue() {
        assertEquals(1, Requirements.locale(Comparator.EQUAL_TO, LocaleValue.of("US", "WA")).localeValues().size());
        assertEquals("values of comparator NotEqualTo must have exactly 1 entry, was 2",
                messageOf(() -> Requirements.locale(Comparator.NOT_EQUAL_TO, locales(2))));
        assertEquals("values of comparator EqualTo must have exactly 1 entry, was 0",
                messageOf(() -> Requirements.locale(Comparator.EQUAL_TO)));
    }

    @ParameterizedTest
    @EnumSource(value = Comparator.class, names = {"LESS_THAN", "LESS_THAN_OR_EQUAL_TO", "GREATER_THAN",
            "GREATER_THAN_OR_EQUAL_TO"})
    void localeRefusesOrderingComparators(Comparator comparator) {
        String message = messageOf(() -> Requirements.locale(comparator, LocaleValue.of("US")));
        assertTrue(message.startsWith("comparator of the locale type must be"), message);
    }

    @ParameterizedTest
    @EnumSource(value = Comparator.class, names = {"EXISTS", "DOES_NOT_EXIST"})
    void existenceComparatorsTakeNoValues(Comparator comparator) {
        assertTrue(Requirements.custom("QT", comparator).integerValues().isEmpty());
        String message = messageOf(() -> Requirements.custom("QT", comparator, 5));
        assertTrue(message.endsWith("must have between 0 and 0 entries, was 1"), message);
    }

    @ParameterizedTest
    @EnumSource(value = Comparator.class, names = {"LESS_THAN", "LESS_THAN_OR_EQUAL_TO", "GREATER_THAN",
            "GREATER_THAN_OR_EQUAL_TO", "EQUAL_TO", "NOT_EQUAL_TO"})
    void comparisonsTakeExactlyOneInteger(Comparator comparator) {
        assertEquals(7, Requirements.custom("QT", comparator, 7).integerValue());
        assertThrows(IllegalArgumentException.class, () -> Requirements.custom("QT", comparator, 7, 8));
        assertThrows(IllegalArgumentException.class, () -> Requirements.custom("QT", comparator));
    }

    @Test
    void integerValuesAreRefusedForTheLocaleType() {
        QualificationRequirement requirement = QualificationRequirement.ofIntegers(SystemQualificationTypes.LOCALE,
                Comparator.EQUAL_TO, List.of(1));

        assertEquals("integerValues must be empty for the locale type 00000000000000000071, was 1 entries",
                messageOf(requirement::validateForRequest));
    }

    @Test
    void localeValuesAreRefusedForOtherTypes() {
        QualificationRequirement requirement = QualificationRequirement.ofLocales("QT", Comparator.EQUAL_TO,
                List.of(LocaleValue.of("US")));

        assertEquals("localeValues are allowed only with the locale type 00000000000000000071, was type QT",
                messageOf(requirement::validateForRequest));
    }

    @Test
    void aRequirementNeverHoldsBothKindsOfValues() {
        assertThrows(IllegalArgumentException.class, () -> new QualificationRequirement("QT", Comparator.IN, null,
                List.of(1), List.of(LocaleValue.of("US")), false));
    }

    @Test
    void percentValuesStayWithinZeroToHundred() {
        assertEquals(0, Requirements.percentAssignmentsApproved(Comparator.GREATER_THAN, 0).integerValue());
        assertEquals(100, Requirements.percentAssignmentsApproved(Comparator.LESS_THAN, 100).integerValue());
        assertEquals("integerValue must be between 0 and 100, was 101",
                messageOf(() -> Requirements.percentAssignmentsApproved(Comparator.LESS_THAN, 101)));
        assertEquals("integerValue must be between 0 and 100, was -1",
                messageOf(() -> Requirements.percentAssignmentsApproved(Comparator.GREATER_THAN, -1)));
    }

    @Test
    void aLocaleNeedsACountry() {
        assertThrows(IllegalArgumentException.class, () -> LocaleValue.of(" "));
        assertThrows(IllegalArgumentException.class, () -> LocaleValue.of("US", ""));
    }

    @Test
    void theRecordAcceptsWhatTheServiceMaySendWithoutRequestRules() {
        QualificationRequirement read = new QualificationRequirement("QT", null, "Exists", List.of(1), null, true);

        assertEquals(Comparator.EXISTS, read.comparator());
        assertEquals(List.of(1), read.integerValues());
    }
}
