/** Approving and rejecting assignments exactly once, from ids or result files. */
package mturk.reactive.samples.review;
