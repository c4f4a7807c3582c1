/** One {@link mturk.reactive.core.xml.RecordReader} per response record type, plugged into the operations table. */
package mturk.reactive.core.xml.readers;
