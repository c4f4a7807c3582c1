package mturk.reactive.benchmarks.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import mturk.reactive.benchmarks.baseline.DomDecoder;
import mturk.reactive.benchmarks.bodies.AssignmentPages;
import mturk.reactive.benchmarks.bodies.HitPages;
import org.junit.jupiter.api.Test;

class OurDecoderTest {

    @Test
    void ourDecoderAndTheDomBaselineBuildTheSameAssignmentsFromTheSamePage() throws Exception {
        byte[] page = AssignmentPages.samplePage();
        OurDecoder ours = new OurDecoder("assignments", page, 16_384);
        try {
            assertEquals(new DomDecoder().assignments(page), OurDecoder.records(ours.decode()));
        } finally {
            ours.release();
        }
    }

    @Test
    void ourDecoderAndTheDomBaselineBuildTheSameHitsFromTheSamePage() throws Exception {
        byte[] page = HitPages.samplePage();
        OurDecoder ours = new OurDecoder("hits", page, 16_384);
        try {
            List<Object> records = OurDecoder.records(ours.decode());
            assertEquals(new DomDecoder().hits(page), records);
        } finally {
            ours.release();
        }
    }
}
