package org.energytracking.identity.control;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission ({@code resource:action}) a boundary method needs, checked by the container before
 * the method runs. Without a marked parameter the caller's roles must grant it; with a parameter
 * marked {@link Site} or {@link Device}, their roles and their role on that site (or the device's
 * site) must both grant it: 404 when they cannot see it, 403 when they see it but may not act.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Requires {

    @Nonbinding
    String value();

    /** The id of the site the permission applies on. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.PARAMETER)
    @interface Site {
    }

    /** The external id of the device on whose site the permission applies. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.PARAMETER)
    @interface Device {
    }
}
