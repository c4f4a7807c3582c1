package mturk.reactive.simulator;

import java.time.Duration;
import java.util.List;
import mturk.reactive.simulator.internal.Engine;

/**
 * The simulated workers: the seeded population, automatic work, and scripted actions. Every method applies its change
 * on the simulator's state thread and returns when it is done (so do not call them from an event loop).
 * <p>
 * Automatic work: when on, after every change that can make work available, each Assignable HIT is offered to the
 * workers in a seeded order; a worker accepts it when not blocked, not already on it, and meeting every qualification
 * requirement (system ones computed from its profile: locale, percent and number approved, adult, Masters). A worker
 * lacking a requestable custom qualification requests it first (auto-granted types are granted at once; a test is
 * answered and, with an answer key, scored and granted; otherwise the request waits for GrantQualification). The
 * worker submits after {@link #workDelay(Duration)} of simulated time, with the answer of the {@link AnswerPolicy}.
 */
public final class SimulatedWorkers {
    private final Engine engine;

    SimulatedWorkers(Engine engine) {
        this.engine = engine;
    }

    /** The population in creation order. */
    public List<SimulatedWorker> list() {
        return engine.call(() -> engine.state().workers());
    }

    /** Adds a worker. */
    public void add(SimulatedWorker worker) {
        if (worker == null) {
            throw new IllegalArgumentException("worker: must not be null");
        }
        engine.call(() -> {
            engine.state().addWorker(worker);
            engine.state().settle();
            return null;
        });
    }

    /** Turns automatic work on or off. */
    public void autoWork(boolean on) {
        engine.call(() -> {
            engine.state().autoWork(on);
            return null;
        });
    }

    /** Whether automatic work is on. */
    public boolean autoWork() {
        return engine.call(() -> engine.state().autoWork());
    }

    /** Sets how long (simulated time) a worker takes between accepting and submitting. */
    public void workDelay(Duration delay) {
        if (delay == null || delay.isNegative()) {
            throw new IllegalArgumentException("delay: " + delay + " must be zero or positive");
        }
        engine.call(() -> {
            engine.state().workDelay(delay);
            return null;
        });
    }

    /** Sets how workers answer (for automatic work, generated submissions and tests). */
    public void answerPolicy(AnswerPolicy policy) {
        if (policy == null) {
            throw new IllegalArgumentException("policy: must not be null");
        }
        engine.call(() -> {
            engine.state().answerPolicy(policy);
            return null;
        });
    }

    /** Whether the worker could accept the HIT now. */
    public boolean eligible(String workerId, String hitId) {
        return engine.call(() -> engine.state().eligible(workerId, hitId));
    }

    /**
     * The worker accepts the HIT (respecting blocks and qualification requirements).
     *
     * @return the new assignment id
     * @throws IllegalArgumentException for an unknown worker or HIT
     * @throws IllegalStateException when the HIT is not Assignable or the worker may not take it
     */
    public String accept(String workerId, String hitId) {
        return engine.call(() -> {
            String id = engine.state().accept(workerId, hitId);
            engine.state().settle();
            return id;
        });
    }

    /** Submits an accepted assignment with generated answers (what the question asks). */
    public void submit(String assignmentId) {
        submit(assignmentId, null);
    }

    /** Submits an accepted assignment with the given QuestionFormAnswers document (null: generated). */
    public void submit(String assignmentId, String answerXml) {
        engine.call(() -> {
            engine.state().submit(assignmentId, answerXml);
            engine.state().settle();
            return null;
        });
    }

    /** The worker returns an accepted assignment (the slot becomes available again). */
    public void returnAssignment(String assignmentId) {
        engine.call(() -> {
            engine.state().returnAssignment(assignmentId);
            engine.state().settle();
            return null;
        });
    }

    /** The worker abandons an accepted assignment (as if its duration ran out). */
    public void abandon(String assignmentId) {
        engine.call(() -> {
            engine.state().abandon(assignmentId);
            engine.state().settle();
            return null;
        });
    }

    /**
     * The worker requests a qualification, answering its test with the given document (null: the answer policy's).
     *
     * @return the QualificationRequestId waiting for the requester, or null when granted automatically
     */
    public String requestQualification(String workerId, String qualificationTypeId, String testAnswerXml) {
        return engine.call(() -> {
            String id = engine.state().requestQualification(workerId, qualificationTypeId, testAnswerXml);
            engine.state().settle();
            return id;
        });
    }

    /** The worker's assignments still accepted and not submitted. */
    public List<String> acceptedAssignments(String workerId) {
        return engine.call(() -> engine.state().acceptedAssignments(workerId));
    }
}
