/** The decode floor: Aalto's async parser scanning every token of a body and of its embedded answer documents. */
package mturk.reactive.benchmarks.scan;
