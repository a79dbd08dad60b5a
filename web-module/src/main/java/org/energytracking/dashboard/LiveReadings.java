package org.energytracking.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.energytracking.ingest.control.ReadingsFeed;
import org.energytracking.ingest.entity.LiveReading;
import org.energytracking.sites.boundary.SiteAudience;

/**
 * Pushes the latest reading of each device to the open pages of everyone who may see the device, over
 * the Faces websocket channel "readings" ({@code <f:websocket channel="readings" user="#{portalUser.id}">}).
 */
@ApplicationScoped
public class LiveReadings {

    /** Who watches a device changes rarely; a new member sees live readings after this long. */
    static final long AUDIENCE_TTL_MILLIS = 30_000;

    @Inject
    ReadingsFeed feed;
    @Inject
    SiteAudience audience;
    @Inject
    @Push(channel = "readings")
    PushContext push;

    private record Watchers(List<Long> users, long expiresAt) {
    }

    private final Map<Long, Watchers> watchers = new ConcurrentHashMap<>();

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        feed.listenEverywhere(this::push);
    }

    void push(List<LiveReading> readings) {
        long now = System.currentTimeMillis();
        List<Long> unknown = readings.stream().map(LiveReading::deviceRowId)
                .filter(device -> !watchers.containsKey(device) || watchers.get(device).expiresAt() < now).toList();
        if (!unknown.isEmpty()) {
            audience.watchers(unknown).forEach((device, users) -> watchers.put(device, new Watchers(users, now + AUDIENCE_TTL_MILLIS)));
        }
        // one message per user and delivery: Faces encodes every send to JSON with a provider it
        // looks up each time, so one send per device and watcher cost a quarter of the ingest CPU
        Map<Long, List<Map<String, Object>>> perUser = new HashMap<>();
        for (LiveReading live : readings) {
            Watchers users = watchers.get(live.deviceRowId());
            if (users != null) {
                Map<String, Object> message = message(live);
                users.users().forEach(user -> perUser.computeIfAbsent(user, u -> new ArrayList<>()).add(message));
            }
        }
        perUser.forEach((user, messages) -> push.send(messages, user));
    }

    private static Map<String, Object> message(LiveReading live) {
        Map<String, Object> message = new HashMap<>();
        message.put("row", live.deviceRowId());
        message.put("device", live.reading().deviceId());
        message.put("ts", live.reading().ts());
        message.put("power_w", live.reading().powerW());
        return message;
    }
}
