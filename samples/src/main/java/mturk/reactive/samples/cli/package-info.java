/**
 * The {@code mturk} command-line tool ({@code java -jar samples/target/mturk.jar COMMAND …}): batch publishing,
 * streaming harvest, approvals, bonuses, account and HIT housekeeping, and the demo.
 */
package mturk.reactive.samples.cli;
