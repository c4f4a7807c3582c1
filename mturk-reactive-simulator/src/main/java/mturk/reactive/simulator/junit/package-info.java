/** A JUnit 5 extension that runs one simulator per test class and injects it and a ready client. */
package mturk.reactive.simulator.junit;
