package mturk.reactive.core.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class ValuesInstantTest {

    @Test
    void everyDayFrom1899To2101ReadsAsJavaTimeReadsIt() {
        for (LocalDate d = LocalDate.of(1899, 12, 25); d.isBefore(LocalDate.of(2101, 1, 5)); d = d.plusDays(1)) {
            String text = d + "T23:59:58Z";
            assertEquals(OffsetDateTime.parse(text).toInstant(), Values.instant("T", text), text);
        }
    }

    @Test
    void fractionsOfOneToNineDigitsAreScaledToNanoseconds() {
        assertEquals(Instant.parse("2014-05-05T06:10:41.100Z"), Values.instant("T", "2014-05-05T06:10:41.1Z"));
        assertEquals(Instant.parse("2014-05-05T06:10:41.123Z"), Values.instant("T", "2014-05-05T06:10:41.123Z"));
        assertEquals(Instant.parse("2014-05-05T06:10:41.123456789Z"),
                Values.instant("T", "2014-05-05T06:10:41.123456789Z"));
    }

    @Test
    void offsetsWhitespaceAndMissingZoneStillUseTheLenientParser() {
        assertEquals(Instant.parse("2014-05-05T04:10:41Z"), Values.instant("T", "2014-05-05T06:10:41+02:00"));
        assertEquals(Instant.parse("2014-05-05T06:10:41Z"), Values.instant("T", " 2014-05-05T06:10:41Z\n"));
        assertEquals(Instant.parse("2014-05-05T06:10:41Z"), Values.instant("T", "2014-05-05T06:10:41"));
    }

    @Test
    void impossibleDatesAndTimesAreRefusedNamingTheField() {
        for (String bad : new String[] {"2014-02-30T00:00:00Z", "2013-02-29T00:00:00Z", "2014-13-01T00:00:00Z",
                "2014-04-31T00:00:00Z", "2014-05-05T24:00:00Z", "2014-05-05T06:60:00Z", "2014-05-05T06:10:4xZ",
                "2014-05-05T06:10:41.1234567890Z", "2014-05-05 06:10:41Z"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Values.instant("SubmitTime", bad), bad);
            assertEquals(true, e.getMessage().contains("<SubmitTime>"), e.getMessage());
        }
    }
}
