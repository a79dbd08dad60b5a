package org.energytracking.identity.entity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.energytracking.kernel.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static final String EMAIL = "Jane.Doe@Example.com";

    @ParameterizedTest
    @ValueSource(strings = {"TestPass123", "correct horse battery", "12345678"})
    void acceptsLongEnoughPasswordsThatAreNotTheEmail(String password) {
        assertThatCode(() -> PasswordPolicy.check(password, EMAIL)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "short", "1234567", "jane.doe@example.com", "JANE.DOE", "        "})
    void refusesShortBlankOrEmailPasswordsNamingTheField(String password) {
        assertThatThrownBy(() -> PasswordPolicy.check(password, EMAIL))
                .isInstanceOfSatisfying(Problem.class, problem -> org.assertj.core.api.Assertions.assertThat(problem.field()).isEqualTo("password"));
    }

    @ParameterizedTest
    @ValueSource(ints = {129, 1000})
    void refusesOverlongPasswords(int length) {
        assertThatThrownBy(() -> PasswordPolicy.check("x".repeat(length), EMAIL)).isInstanceOf(Problem.class);
    }
}
