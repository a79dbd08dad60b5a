package org.energytracking.analytics.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The result is serialised by JSON-B as it is, so it may hold only what JSON-B maps plainly. */
class ConsumptionAnalysisShapeTest {

    private static final Set<Type> JSON_VALUES = Set.of(String.class, BigDecimal.class, Instant.class,
            OffsetDateTime.class);

    @Test
    void theResultIsMadeOfPublicRecordsListsAndPlainValues() {
        assertJsonFriendly(ConsumptionAnalysis.class, "analysis");
    }

    private static void assertJsonFriendly(Type type, String path) {
        if (JSON_VALUES.contains(type)) {
            return;
        }
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            assertJsonFriendly(list.getActualTypeArguments()[0], path + "[]");
        } else if (type instanceof Class<?> record && record.isRecord()) {
            assertThat(Modifier.isPublic(record.getModifiers())).as(path + " is public").isTrue();
            for (RecordComponent component : record.getRecordComponents()) {
                assertJsonFriendly(component.getGenericType(), path + "." + component.getName());
            }
        } else {
            fail(path + " is a " + type.getTypeName());
        }
    }
}
