/**
 * Wire parameter encoding of the model's value types (prices, qualification requirements, layout parameters,
 * notification specifications, review policies, lists) into the flattened form parameters of the 2014-08-15 API.
 */
package mturk.reactive.model.wire;
