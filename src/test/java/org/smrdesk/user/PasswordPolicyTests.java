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
		assertThatCode(() -> PasswordPolicy.check("p", "river-stone7")).doesNotThrowAnyException();
	}

	@Test
	void passphrasesOfSixtyFourCharactersInAnyScriptAreAccepted() {
		StringBuilder emoji = new StringBuilder();
		for (int codePoint = 0x1F600; codePoint < 0x1F640; codePoint++) {
			emoji.appendCodePoint(codePoint);
		}
		assertThatCode(() -> PasswordPolicy.check("p", emoji.toString())).doesNotThrowAnyException();
		assertThatCode(() -> PasswordPolicy.check("p", "éàü".repeat(21) + "ç")).doesNotThrowAnyException();
		assertThatCode(() -> PasswordPolicy.check("p", "секретная фраза для входа")).doesNotThrowAnyException();
	}

	@Test
	void moreThanTheLongestPassphraseIsRefused() {
		assertThatExceptionOfType(FieldException.class)
			.isThrownBy(() -> PasswordPolicy.check("p", "a".repeat(PasswordPolicy.MAX_LENGTH + 1)))
			.satisfies((ex) -> org.assertj.core.api.Assertions.assertThat(ex.getCode()).isEqualTo("password.tooLong"));
	}

	@Test
	void commonPasswordsAreRefusedWhateverTheirCase() {
		for (String common : new String[] { "passwordpassword", "PasswordPassword", "123456789012",
				"qwertyuiopasdfgh" }) {
			assertThatExceptionOfType(FieldException.class).as(common)
				.isThrownBy(() -> PasswordPolicy.check("p", common))
				.satisfies(
						(ex) -> org.assertj.core.api.Assertions.assertThat(ex.getCode()).isEqualTo("password.common"));
		}
	}

	@Test
	void oneOrTwoCharactersRepeatedAreRefused() {
		assertThatExceptionOfType(FieldException.class)
			.isThrownBy(() -> PasswordPolicy.check("p", "\uD83D\uDE00".repeat(64)));
		assertThatExceptionOfType(FieldException.class).isThrownBy(() -> PasswordPolicy.check("p", "abababababababab"));
	}

	@Test
	void nullIsRefused() {
		assertThatExceptionOfType(FieldException.class).isThrownBy(() -> PasswordPolicy.check("p", null));
	}

}
