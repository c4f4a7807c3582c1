/** Parsing and verification of the legacy REST notifications MTurk sends to a requester's URL. */
package mturk.reactive.core.notification;
