package mturk.reactive.samples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SummaryTableTest {

    @Test
    void rendersEveryFigureInAnAlignedTable() {
        DemoSummary s = new DemoSummary("TYPE1", 500, 1500, 1400, 100, 3, new BigDecimal("1.50"),
                new BigDecimal("10000.00"), new BigDecimal("9914.20"), Duration.ofMillis(8000), 0.97, false);
        String table = SummaryTable.render(s, "embedded simulator");
        String expected = """
                +------------------------+--------------------------------------+
                | service                | embedded simulator                   |
                | HIT type               | TYPE1                                |
                | HITs published         | 500                                  |
                | assignments            | 1500                                 |
                | approved               | 1400                                 |
                | rejected               | 100                                  |
                | bonuses                | 3 ($1.50)                            |
                | money spent            | $85.80                               |
                | balance before         | $10000.00                            |
                | balance after          | $9914.20                             |
                | wall time              | 8.0 s                                |
                | records per second     | 250 (HITs + assignments / wall time) |
                | majority = known label | 97.0 % of HITs with a majority       |
                +------------------------+--------------------------------------+
                """;
        assertEquals(expected, table);
    }
}
