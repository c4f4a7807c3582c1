/** Decode and end-to-end benchmarks, reported as ratios measured in one run. */
package mturk.reactive.benchmarks;
