package org.energytracking.ingest.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.energytracking.ingest.entity.LiveReading;
import org.energytracking.ingest.entity.Reading;
import org.energytracking.live.control.LiveRelay;

/**
 * Committed readings for live pages. A registered listener, not a CDI event: observers in the WAR
 * do not see events of the EJB module's bean archive. The writer hands over and returns; listeners
 * get the latest reading per device at most every {@link #INTERVAL_MILLIS} ms on another thread.
 */
@ApplicationScoped
public class ReadingsFeed {

    static final long INTERVAL_MILLIS = 200;
    private static final Logger LOG = Logger.getLogger(ReadingsFeed.class.getName());

    static final String KIND = "readings";

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    LiveRelay relay;

    private final List<Consumer<List<LiveReading>>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<List<LiveReading>>> everywhere = new CopyOnWriteArrayList<>();
    private final LatestReadings latest = new LatestReadings(INTERVAL_MILLIS);

    /** Readings this instance committed. */
    public void listen(Consumer<List<LiveReading>> listener) {
        listeners.add(listener);
    }

    /** Readings any instance committed (live pages: their browser's websocket is open on one instance). */
    public void listenEverywhere(Consumer<List<LiveReading>> listener) {
        if (everywhere.isEmpty()) {
            relay.handle(KIND, text -> notify(everywhere, LiveReadingsText.parse(text)));
        }
        everywhere.add(listener);
    }

    /** Called by the writer after a commit; costs nothing while no one listens. */
    void committed(List<PendingWrite> writes) {
        if (listeners.isEmpty() && everywhere.isEmpty()) {
            return;
        }
        long delay = LatestReadings.NOT_NEEDED;
        for (PendingWrite write : writes) {
            Reading newest = write.readings.stream().max(Comparator.comparingLong(Reading::ts)).orElseThrow();
            long due = latest.offer(write.deviceRowId, newest, System.currentTimeMillis());
            delay = due == LatestReadings.NOT_NEEDED ? delay : due;
        }
        if (delay != LatestReadings.NOT_NEEDED) {
            try {
                scheduler.schedule(this::deliver, delay, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                latest.drain(System.currentTimeMillis());
                LOG.log(Level.WARNING, "Live feed not scheduled (shutting down?): {0}", e.getMessage());
            }
        }
    }

    private void deliver() {
        List<LiveReading> readings = latest.drain(System.currentTimeMillis());
        notify(listeners, readings);
        if (!everywhere.isEmpty() && !readings.isEmpty()) {
            relay.publish(KIND, LiveReadingsText.of(readings));
        }
    }

    private static void notify(List<Consumer<List<LiveReading>>> listeners, List<LiveReading> readings) {
        for (Consumer<List<LiveReading>> listener : listeners) {
            try {
                listener.accept(readings);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A live feed listener failed", e);
            }
        }
    }
}
