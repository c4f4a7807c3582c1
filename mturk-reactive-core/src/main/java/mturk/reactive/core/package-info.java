/** The reactive client: {@code MTurkClient}, its configuration, credentials and errors. */
package mturk.reactive.core;
