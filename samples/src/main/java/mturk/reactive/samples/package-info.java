/** The demo, the {@code mturk} command-line tool and the WebFlux sample service. */
package mturk.reactive.samples;
