package org.energytracking.sites.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.energytracking.identity.control.CurrentCaller;
import org.energytracking.identity.control.Requires;
import org.energytracking.identity.entity.Caller;
import org.energytracking.identity.entity.Permission;
import org.energytracking.kernel.Problem;
import org.junit.jupiter.api.Test;

class AccessCheckTest {

    private final List<String> siteChecks = new ArrayList<>();

    @Requires("sites:write")
    String rename(@Requires.Site long siteId, String name) {
        return name;
    }

    @Requires("users:read")
    String listUsers() {
        return "users";
    }

    @Test
    void aSiteScopedMethodIsCheckedOnTheSiteItNamesAndNotAgainstTheRolesAlone() throws Exception {
        AccessCheck check = check(Set.of());

        assertThat(check.check(call("rename", 7L, "Home"))).isEqualTo("Home");
        assertThat(siteChecks).containsExactly("site 7 sites:write");
    }

    @Test
    void aSiteTheCallerMayNotSeeStopsTheCallBeforeItRuns() throws Exception {
        AccessCheck check = check(Set.of());
        check.sites = new SiteAccess() {
            @Override
            public void require(Long siteId, Permission permission, String what) {
                throw Problem.notFound("no " + what);
            }
        };

        assertThatThrownBy(() -> check.check(call("rename", 7L, "Home")))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.kind()).isEqualTo(Problem.Kind.NOT_FOUND));
    }

    @Test
    void anUnscopedMethodNeedsThePermissionInTheCallersRoles() throws Exception {
        assertThat(check(Set.of(Permission.USERS_READ)).check(call("listUsers"))).isEqualTo("users");
        assertThatThrownBy(() -> check(Set.of(Permission.SITES_READ)).check(call("listUsers")))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.kind()).isEqualTo(Problem.Kind.FORBIDDEN));
        assertThat(siteChecks).isEmpty();
    }

    private AccessCheck check(Set<Permission> permissions) {
        AccessCheck check = new AccessCheck();
        check.current = new CurrentCaller() {
            @Override
            public Caller get() {
                return new Caller(5, "someone@example.test", 1L, Set.of("custom"), permissions);
            }
        };
        check.sites = new SiteAccess() {
            @Override
            public void require(Long siteId, Permission permission, String what) {
                siteChecks.add(what + " " + permission.name());
            }
        };
        return check;
    }

    private InvocationContext call(String name, Object... arguments) {
        Method method = List.of(AccessCheckTest.class.getDeclaredMethods()).stream()
                .filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
        return new InvocationContext() {
            public Object getTarget() {
                return AccessCheckTest.this;
            }

            public Object getTimer() {
                return null;
            }

            public Method getMethod() {
                return method;
            }

            public Constructor<?> getConstructor() {
                return null;
            }

            public Object[] getParameters() {
                return arguments;
            }

            public void setParameters(Object[] parameters) {
                throw new UnsupportedOperationException();
            }

            public Map<String, Object> getContextData() {
                return Map.of();
            }

            public Object proceed() throws Exception {
                return method.invoke(AccessCheckTest.this, arguments);
            }
        };
    }
}
