/** The HTTP transport: Reactor Netty form POSTs, response streaming into the decoder, transport error mapping. */
package mturk.reactive.core.http;
