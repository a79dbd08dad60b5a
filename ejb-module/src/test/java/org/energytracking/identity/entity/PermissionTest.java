package org.energytracking.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.energytracking.kernel.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PermissionTest {

    @Test
    void theCatalogHasEveryActionOnEveryResource() {
        assertThat(Permission.CATALOG).hasSize(18).contains(Permission.of("reports:delete"), Permission.of("users:read"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"devices", "devices:fly", "planes:read", ":read", ""})
    void unknownPermissionsAreRefusedNamingTheField(String name) {
        assertThatThrownBy(() -> Permission.of(name)).isInstanceOfSatisfying(Problem.class,
                problem -> assertThat(problem.field()).isEqualTo("permissions"));
    }

    @Test
    void aRoleGrantsWhatItListsAndTheAdminRoleCannotBeNarrowed() {
        Role reader = new Role("reader", null, List.of(Permission.DEVICES_READ));
        assertThat(reader.grants(Permission.DEVICES_READ)).isTrue();
        assertThat(reader.grants(Permission.DEVICES_WRITE)).isFalse();
        assertThatThrownBy(() -> new Role("admin", null, List.of())).isInstanceOf(Problem.class);
        assertThatThrownBy(() -> new Role("Bad Name", null, List.of())).isInstanceOf(Problem.class);
    }

    @Test
    void aCallerMayDoWhatTheirPermissionsSayAndAnAdministratorEverything() {
        Caller viewer = new Caller(2, "v@x", 1L, Set.of("viewer"), Set.of(Permission.DEVICES_READ));
        Caller admin = new Caller(1, "a@x", 2L, Set.of("admin"), Set.of());
        assertThat(viewer.can(Permission.DEVICES_READ)).isTrue();
        assertThat(viewer.can(Permission.DEVICES_WRITE)).isFalse();
        assertThatThrownBy(() -> viewer.require(Permission.DEVICES_WRITE))
                .isInstanceOfSatisfying(Problem.class, problem -> assertThat(problem.kind()).isEqualTo(Problem.Kind.FORBIDDEN));
        assertThat(admin.can(Permission.USERS_DELETE)).isTrue();
    }

    @Test
    void secretsAreRandomAndOnlyTheirHashIsShown() {
        Secret one = Secret.generate();
        Secret two = Secret.generate();
        assertThat(one.value()).isNotEqualTo(two.value()).hasSize(43);
        assertThat(one.hash()).isEqualTo(Secret.hashOf(one.value())).hasSize(64).matches("[0-9a-f]+");
        assertThat(one.toString()).doesNotContain(one.value());
    }
}
