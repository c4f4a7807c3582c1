/**
 * The reactive client: {@link mturk.reactive.core.MTurkClient}, its configuration ({@link mturk.reactive.core.Endpoint},
 * credentials, {@link mturk.reactive.core.RetryPolicy}, {@link mturk.reactive.core.ResponseLimits}) and the error tree
 * rooted at {@link mturk.reactive.core.MTurkException}.
 */
package mturk.reactive.core;
