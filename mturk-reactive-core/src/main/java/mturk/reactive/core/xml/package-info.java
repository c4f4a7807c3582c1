/**
 * The streaming response decoder: a hardened Aalto async parser fed zero-copy from Netty buffers, a driver with a
 * stack of per-record {@link mturk.reactive.core.xml.RecordReader}s, and the 2014-08-15 envelope reader.
 */
package mturk.reactive.core.xml;
