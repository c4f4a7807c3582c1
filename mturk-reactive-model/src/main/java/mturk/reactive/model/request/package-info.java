/**
 * Request records of the 2014-08-15 operations, validated in their compact constructors against the documented
 * limits (an {@link java.lang.IllegalArgumentException} naming the field, the value and the limit, thrown before
 * anything is sent), with builders for the operations that take many optional parameters and boto2's defaults
 * where they are sane.
 */
package mturk.reactive.model.request;
