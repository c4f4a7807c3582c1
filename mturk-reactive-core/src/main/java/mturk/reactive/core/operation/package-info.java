/** The operations table: one descriptor per API action, and the form parameters of a request. */
package mturk.reactive.core.operation;
