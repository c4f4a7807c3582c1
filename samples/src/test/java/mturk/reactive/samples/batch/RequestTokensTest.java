package mturk.reactive.samples.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestTokensTest {

    private static final Row ROW = new Row(4, 5, Map.of("word", "cat"));

    @Test
    void theSameBatchAndRowAlwaysGiveTheSameToken() {
        assertEquals(RequestTokens.forRow("b1", ROW), RequestTokens.forRow("b1", new Row(4, 9, Map.of("word", "cat"))));
    }

    @Test
    void anotherBatchRowNumberOrContentGivesAnotherToken() {
        String token = RequestTokens.forRow("b1", ROW);
        assertNotEquals(token, RequestTokens.forRow("b2", ROW));
        assertNotEquals(token, RequestTokens.forRow("b1", new Row(5, 5, Map.of("word", "cat"))));
        assertNotEquals(token, RequestTokens.forRow("b1", new Row(4, 5, Map.of("word", "dog"))));
    }

    @Test
    void tokensFitTheServiceLimitAndUseUrlSafeCharacters() {
        String token = RequestTokens.forRow("b".repeat(500), ROW);
        assertTrue(token.length() <= RequestTokens.MAX_LENGTH, token);
        assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
    }

    @Test
    void bonusAndHitTokensNeverCollide() {
        assertNotEquals(RequestTokens.forBonus("b1", "4"), RequestTokens.forRow("b1", ROW));
    }

    @Test
    void batchIdDependsOnTheDefiningFiles() {
        assertEquals(RequestTokens.batchId("p", "t", "in.csv"), RequestTokens.batchId("p", "t", "in.csv"));
        assertNotEquals(RequestTokens.batchId("p", "t", "in.csv"), RequestTokens.batchId("p2", "t", "in.csv"));
        assertEquals(16, RequestTokens.batchId("p", "t", "in.csv").length());
    }
}
