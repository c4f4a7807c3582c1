/**
 * Internal XML plumbing shared by the question and answer packages (JDK StAX only): a hardened reader that builds a
 * small element tree, an escaping writer, and XML 1.0 character checks. Not part of the public API; it may change
 * without notice.
 */
package mturk.reactive.model.internal.xml;
