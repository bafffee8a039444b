package org.smrdesk.user;

import org.junit.jupiter.api.Test;
import org.smrdesk.core.FieldException;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PasswordPolicyTests {

	@Test
	void elevenCharactersAreTooFew() {
		assertThatExceptionOfType(FieldException.class).isThrownBy(() -> PasswordPolicy.check("p", "abcdefghijk"))
			.satisfies((ex) -> org.assertj.core.api.Assertions.assertThat(ex.getCode()).isEqualTo("password.tooShort"));
	}

	@Test
	void twelveCharactersAreEnough() {
		assertThatCode(() -> PasswordPolicy.check("p", "abcdefghijkl")).doesNotThrowAnyException();
	}

	@Test
	void moreThanBcryptCanHashIsRefused() {
		assertThatExceptionOfType(FieldException.class).isThrownBy(() -> PasswordPolicy.check("p", "é".repeat(40)))
			.satisfies((ex) -> org.assertj.core.api.Assertions.assertThat(ex.getCode()).isEqualTo("password.tooLong"));
	}

	@Test
	void nullIsRefused() {
		assertThatExceptionOfType(FieldException.class).isThrownBy(() -> PasswordPolicy.check("p", null));
	}

}
