/** Micrometer binding of {@link mturk.reactive.core.OperationMetrics}, usable only with micrometer-core on the classpath. */
package mturk.reactive.core.metrics;
