/** Internals of the simulator (wire codec, signature check, state machine, workers); not a public API. */
package mturk.reactive.simulator.internal;
