package org.energytracking.notify.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import org.energytracking.identity.control.CurrentCaller;
import org.energytracking.notify.control.Preferences;
import org.energytracking.notify.control.SmsChannel;
import org.energytracking.notify.entity.PreferenceChoice;

/** The caller's own notification preferences. */
@Stateless
public class NotificationPreferences {

    @Inject
    Preferences preferences;
    @Inject
    CurrentCaller current;
    @Inject
    SmsChannel sms;

    private final Clock clock = Clock.systemUTC();

    public PreferenceChoice mine() {
        return preferences.of(current.get().userId(), clock.instant()).choice();
    }

    public PreferenceChoice choose(PreferenceChoice choice) {
        var preference = preferences.of(current.get().userId(), clock.instant());
        preference.choose(choice, sms.available(), clock.instant());
        return preference.choice();
    }
}
