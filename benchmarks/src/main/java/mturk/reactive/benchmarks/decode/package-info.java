/** The JMH decode benchmark (our streaming decoder, JDK DOM, JDK StAX, the Aalto scan floor) and its programmatic runner. */
package mturk.reactive.benchmarks.decode;
