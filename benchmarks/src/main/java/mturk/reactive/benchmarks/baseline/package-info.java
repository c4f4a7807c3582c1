/** The baselines the SDK is compared with: JDK DOM and JDK StAX decoders into the same records, and a bare Reactor Netty form-POST loop. */
package mturk.reactive.benchmarks.baseline;
