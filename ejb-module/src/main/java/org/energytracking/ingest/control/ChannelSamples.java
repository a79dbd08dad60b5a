package org.energytracking.ingest.control;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The samples of one message by channel: "" is the device itself (its total, or its channel 0), "export" the
 * energy it returned to the grid, "a".."c" a meter's phases, "1".. further relays or emeters, and "exporta",
 * "export1".. what a phase or further channel returned. Every channel's sample carries the message's ts.
 */
final class ChannelSamples {

    static final String DEVICE = "";
    static final String EXPORT = "export";

    private final Map<String, Sample> samples = new LinkedHashMap<>();
    private Long ts;

    Sample device() {
        return channel(DEVICE);
    }

    Sample export() {
        return exportOf(DEVICE);
    }

    /** What channel {@code name} returned to the grid: the device's own is "export", phase a's "exporta". */
    Sample exportOf(String name) {
        return channel(EXPORT + name);
    }

    /** What a device's channel N returned to the grid: 0 is the device itself. */
    Sample numberedExport(int index) {
        return exportOf(index == 0 ? DEVICE : Integer.toString(index));
    }

    Sample channel(String name) {
        return samples.computeIfAbsent(name, any -> new Sample());
    }

    /** A device's channel N: 0 is the device itself. */
    Sample numbered(int index) {
        return channel(index == 0 ? DEVICE : Integer.toString(index));
    }

    ChannelSamples at(long epochMs) {
        ts = epochMs;
        return this;
    }

    boolean isEmpty() {
        return samples.values().stream().allMatch(Sample::isEmpty);
    }

    /** Each channel's sample through its own collector; nothing worth keeping when no channel holds a value. */
    AdaptedMessage asMessage(Function<String, ReadingCollector> collectors) {
        Map<String, ParseResult> results = new LinkedHashMap<>();
        samples.forEach((name, sample) -> {
            if (!sample.isEmpty()) {
                if (ts != null) {
                    sample.at(ts);
                }
                ReadingCollector collector = collectors.apply(name);
                sample.feed(collector, 0);
                results.put(name, collector.result());
            }
        });
        return results.isEmpty() ? AdaptedMessage.ignored() : AdaptedMessage.channels(results);
    }
}
