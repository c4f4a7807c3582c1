/** Immutable records of the MTurk 2014-08-15 Requester API: responses, requests with validation, questions and answers. */
package mturk.reactive.model;
