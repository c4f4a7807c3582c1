/**
 * A Spring WebFlux service on the SDK: streams a HIT's assignments as NDJSON with backpressure, publishes HITs, and
 * receives REST notifications, verifying their signature before acting on them. Not part of {@code mturk.jar}.
 */
package mturk.reactive.samples.webflux;
