/** A local, stateful simulator of the MTurk 2014-08-15 Requester service. */
package mturk.reactive.simulator;
