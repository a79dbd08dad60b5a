package org.energytracking.notify.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.energytracking.notify.entity.RetrySchedule;

/** The retry schedule of the settings: tests wait a second before the first retry and give up within seconds. */
@Dependent
public class RetrySettings {

    @Inject
    @ConfigProperty(name = "notify.retry-first-seconds")
    int retryFirstSeconds;
    @Inject
    @ConfigProperty(name = "notify.give-up-after")
    String giveUpAfter;

    @Produces
    RetrySchedule schedule() {
        return new RetrySchedule(Duration.ofSeconds(retryFirstSeconds), RetrySchedule.DEFAULT.longest(), Duration.parse(giveUpAfter));
    }
}
