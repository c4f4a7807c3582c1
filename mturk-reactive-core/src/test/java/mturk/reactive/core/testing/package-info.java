/** Shared test infrastructure: leak checks, BlockHound, test buffers and the loopback fixture server. */
package mturk.reactive.core.testing;
