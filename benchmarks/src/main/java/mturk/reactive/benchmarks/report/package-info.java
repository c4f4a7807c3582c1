/** Collecting figures and printing them as a markdown table and {@code RATIO} lines; machine facts; CPU clocks. */
package mturk.reactive.benchmarks.report;
