/** End-to-end measurements: harvest, publish, CPU per call and time to first record, with their child JVMs. */
package mturk.reactive.benchmarks.e2e;
