package mturk.reactive.benchmarks.e2e;

import java.nio.file.Path;

/**
 * The sizes of one run: {@code quick} (10,000 assignments, 1,000 CreateHIT, short JMH) or {@code full} (100,000
 * assignments, 10,000 CreateHIT).
 *
 * @param quick            whether this is the quick run
 * @param assignments      assignments harvested
 * @param hits             HITs harvested
 * @param creates          CreateHIT calls per publisher
 * @param concurrency      our client's publish concurrency
 * @param botoThreads      boto's threaded publish
 * @param pythonScripts    the folder of the boto scripts
 */
public record RunSettings(boolean quick, int assignments, int hits, int creates, int concurrency, int botoThreads,
                          Path pythonScripts) {

    /** The settings of a quick or full run. */
    public static RunSettings of(boolean quick, Path pythonScripts) {
        return quick
                ? new RunSettings(true, 10_000, 10_000, 1_000, 64, 16, pythonScripts)
                : new RunSettings(false, 100_000, 100_000, 10_000, 64, 16, pythonScripts);
    }
}
