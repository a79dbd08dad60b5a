package org.energytracking.notify.control;

import jakarta.ejb.Local;
import java.io.IOException;
import java.time.Instant;
import org.energytracking.notify.entity.Channel;
import org.energytracking.notify.entity.Notification;

/**
 * A way a notification leaves the platform (email, webhook, SMS). The worker calls it outside any transaction;
 * an exception is a failure it retries on the schedule, with the exception's message as the row's last error.
 * {@code @Local}: the channels are session beans that also keep their no-interface view ({@code @LocalBean}),
 * and an interface not marked so would be no business interface of theirs, invisible to the worker's lookup.
 */
@Local
public interface NotificationChannel {

    Channel channel();

    /** Sends it; returns normally also when there is nothing left to send (the user or alert is gone). */
    void send(Notification notification, Instant now) throws IOException;
}
