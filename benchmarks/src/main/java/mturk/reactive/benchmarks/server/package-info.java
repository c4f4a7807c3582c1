/** The fixed-response loopback server that keeps the server's own cost out of the end-to-end measurements. */
package mturk.reactive.benchmarks.server;
