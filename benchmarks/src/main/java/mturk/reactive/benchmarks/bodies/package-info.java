/** Deterministic generators of realistic response bodies (GetAssignmentsForHIT, SearchHITs, CreateHIT) for the benchmarks. */
package mturk.reactive.benchmarks.bodies;
