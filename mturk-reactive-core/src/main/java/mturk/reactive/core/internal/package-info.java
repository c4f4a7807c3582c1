/** Internals users should not touch: request signing and percent-encoding, retries, paging, operation execution. */
package mturk.reactive.core.internal;
