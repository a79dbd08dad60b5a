package org.energytracking.sites.control;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.reflect.Parameter;
import java.util.List;
import org.energytracking.identity.control.CurrentCaller;
import org.energytracking.identity.control.Requires;
import org.energytracking.identity.entity.Permission;
import org.energytracking.kernel.Problem;

/**
 * Runs the check a {@link Requires} names before the boundary method: on the site or device a
 * parameter names through {@link SiteAccess}, else against the caller's roles.
 */
@Interceptor
@Requires("")
@Priority(Interceptor.Priority.APPLICATION)
public class AccessCheck {

    @PersistenceContext
    EntityManager em;
    @Inject
    CurrentCaller current;
    @Inject
    SiteAccess sites;

    @AroundInvoke
    Object check(InvocationContext call) throws Exception {
        Requires requires = call.getMethod().getAnnotation(Requires.class);
        if (requires == null) {
            requires = call.getMethod().getDeclaringClass().getAnnotation(Requires.class);
        }
        Permission permission = Permission.of(requires.value());
        Parameter[] parameters = call.getMethod().getParameters();
        for (int i = 0; i < parameters.length; i++) {
            Object argument = call.getParameters()[i];
            if (parameters[i].isAnnotationPresent(Requires.Site.class)) {
                sites.require((Long) argument, permission, "site " + argument);
                return call.proceed();
            }
            if (parameters[i].isAnnotationPresent(Requires.Device.class)) {
                sites.require(siteOfDevice((String) argument), permission, "device " + argument);
                return call.proceed();
            }
        }
        current.get().require(permission);
        return call.proceed();
    }

    /** The device's site (null for a device from before sites existed); 404 when there is no such device. */
    private Long siteOfDevice(String deviceId) {
        List<?> site = em.createNativeQuery("SELECT site_id FROM device WHERE device_id = ?1").setParameter(1, deviceId)
                .getResultList();
        if (site.isEmpty()) {
            throw Problem.notFound("no device " + deviceId);
        }
        return site.get(0) == null ? null : ((Number) site.get(0)).longValue();
    }
}
