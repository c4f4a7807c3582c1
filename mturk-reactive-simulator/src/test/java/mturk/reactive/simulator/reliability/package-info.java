/**
 * End-to-end reliability drills (issue 6): the mturk-reactive client against the simulator with injected throttling,
 * resets, truncated and stalled bodies, cancellation, and 500 concurrent raw clients; figures go to
 * {@code target/reliability-figures.txt} and into {@code docs/RELIABILITY.md}.
 */
package mturk.reactive.simulator.reliability;
