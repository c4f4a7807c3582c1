/** Streaming harvest of assignments to JSON Lines, one line per assignment with its typed answers. */
package mturk.reactive.samples.harvest;
