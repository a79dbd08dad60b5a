package org.energytracking.launcher;

import java.util.ArrayDeque;
import java.util.Deque;

/** What the launcher started, stopped in reverse order: app server, then broker, then database. */
final class Platform {

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private volatile boolean closing;

    synchronized <T extends AutoCloseable> T add(T component) {
        started.push(component);
        return component;
    }

    boolean isClosing() {
        return closing;
    }

    void close() {
        closing = true;
        AutoCloseable component;
        while ((component = next()) != null) {
            try {
                component.close();
            } catch (Exception e) {
                System.err.println("while stopping " + component.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
    }

    private synchronized AutoCloseable next() {
        return started.poll();
    }
}
