package mturk.reactive.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class PageTest {

    private static Page<String> page(int size, int total, int number) {
        return new Page<>(Collections.nCopies(size, "x"), size, total, number);
    }

    @Test
    void aFullPageBeforeTheTotalHasMore() {
        assertTrue(page(100, 250, 2).hasMore(100));
    }

    @Test
    void theLastPartialPageHasNoMore() {
        assertFalse(page(50, 250, 3).hasMore(100));
    }

    @Test
    void aFullPageThatReachesTheTotalHasNoMore() {
        assertFalse(page(100, 200, 2).hasMore(100));
    }

    @Test
    void anEmptyPageHasNoMoreEvenIfTheTotalSaysOtherwise() {
        assertFalse(page(0, 10, 1).hasMore(10));
    }

    @Test
    void pageCountRoundsUp() {
        assertEquals(3, page(100, 250, 1).pageCount(100));
        assertEquals(1, page(100, 100, 1).pageCount(100));
        assertEquals(0, page(0, 0, 1).pageCount(100));
    }

    @Test
    void pageArithmeticDoesNotOverflow() {
        assertFalse(page(100, Integer.MAX_VALUE, Integer.MAX_VALUE).hasMore(100));
        assertEquals(21_474_837, page(0, Integer.MAX_VALUE, 1).pageCount(100));
    }

    @Test
    void pageSizeMustBePositive() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> page(1, 1, 1).hasMore(0));
        assertEquals("pageSize must be at least 1, was 0", e.getMessage());
    }

    @Test
    void pageNumberStartsAtOne() {
        assertThrows(IllegalArgumentException.class, () -> new Page<>(List.of(), 0, 0, 0));
    }

    @Test
    void countsMustNotBeNegative() {
        assertThrows(IllegalArgumentException.class, () -> new Page<>(List.of(), -1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Page<>(List.of(), 0, -1, 1));
    }

    @Test
    void itemsAreCopied() {
        java.util.ArrayList<String> items = new java.util.ArrayList<>(List.of("a"));
        Page<String> page = new Page<>(items, 1, 1, 1);
        items.add("b");

        assertEquals(List.of("a"), page.items());
    }

    @Test
    void mapConvertsItemsAndKeepsTheCounts() {
        Page<Integer> lengths = new Page<>(List.of("a", "bb"), 2, 12, 3).map(String::length);

        assertEquals(new Page<>(List.of(1, 2), 2, 12, 3), lengths);
    }
}
