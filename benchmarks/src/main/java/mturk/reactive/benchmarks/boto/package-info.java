/** Runs the boto 2.49 baseline scripts ({@code src/main/python}) with {@code /usr/bin/python3} and reads their figures. */
package mturk.reactive.benchmarks.boto;
