/**
 * The demo ({@code mturk demo}): publish a batch, stream and review the workers' answers, pay bonuses, and print what
 * it cost, against the embedded simulator or any endpoint.
 */
package mturk.reactive.samples.demo;
