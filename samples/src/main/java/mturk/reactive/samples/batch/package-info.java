/**
 * The pure pieces of batch publishing: input rows (CSV and JSONL), the question template, the loadHITs properties,
 * request-token derivation, the cost estimate and the crash-safe success journal.
 */
package mturk.reactive.samples.batch;
