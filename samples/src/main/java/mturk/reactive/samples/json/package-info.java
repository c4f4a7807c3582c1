/** A tiny JSON writer and reader for the JSONL files of the command-line tool (flat rows and assignment lines). */
package mturk.reactive.samples.json;
