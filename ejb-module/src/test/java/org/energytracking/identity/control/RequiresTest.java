package org.energytracking.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.energytracking.identity.entity.Permission;
import org.junit.jupiter.api.Test;

/** A typo in a {@code @Requires} would only show as a 400 on the first call: the build finds it instead. */
class RequiresTest {

    @Test
    void everyRequiredPermissionIsInTheCatalogAndNamesAtMostOneScope() throws Exception {
        List<Method> guarded = boundaryClasses().flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                .filter(method -> method.isAnnotationPresent(Requires.class)).toList();

        assertThat(guarded).hasSizeGreaterThan(30);
        for (Method method : guarded) {
            assertThat(Permission.CATALOG).as(method.toString()).contains(Permission.of(method.getAnnotation(Requires.class).value()));
            List<Parameter> scopes = Arrays.stream(method.getParameters()).filter(RequiresTest::scoped).toList();
            assertThat(scopes).as(method.toString()).hasSizeLessThanOrEqualTo(1)
                    .allMatch(scope -> scope.getType() == (scope.isAnnotationPresent(Requires.Site.class) ? long.class : String.class));
        }
    }

    private static boolean scoped(Parameter parameter) {
        return parameter.isAnnotationPresent(Requires.Site.class) || parameter.isAnnotationPresent(Requires.Device.class);
    }

    private static Stream<Class<?>> boundaryClasses() throws IOException, URISyntaxException {
        Path root = Path.of(Requires.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize).map(Path::toString)
                    .filter(name -> name.contains("/boundary/") && name.endsWith(".class") && !name.contains("$"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .map(RequiresTest::load).toList().stream();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, RequiresTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
