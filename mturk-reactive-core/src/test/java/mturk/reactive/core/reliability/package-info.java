/**
 * Decoder-level reliability and security drills (issue 6): hostile response bodies, a seeded mutation fuzzer over the
 * response readers, bad arguments, notification verification and secrets; figures go to
 * {@code target/reliability-figures.txt} and into {@code docs/RELIABILITY.md}.
 */
package mturk.reactive.core.reliability;
