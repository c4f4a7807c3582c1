package mturk.reactive.simulator;

import java.util.Random;

/**
 * What a simulated worker sees when answering: a HIT's question, or a qualification test.
 *
 * @param workerId the worker
 * @param hitId the HIT, or null for a qualification test
 * @param assignmentId the assignment, or null for a qualification test
 * @param qualificationTypeId the qualification type for a test, or null
 * @param questionXml the Question (QuestionForm, HTMLQuestion, ExternalQuestion) or Test document; null for a
 *     HIT created from a layout
 * @param random the worker's seeded random source (use it for deterministic answers)
 */
public record WorkItem(String workerId, String hitId, String assignmentId, String qualificationTypeId,
                       String questionXml, Random random) {
}
