package org.smrdesk.user;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.smrdesk.core.SmrProperties;

import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

@ExtendWith(OutputCaptureExtension.class)
class FirstAdminInitializerTests {

	private final UserService users = mock(UserService.class);

	private final UserAccounts accounts = mock(UserAccounts.class);

	@Test
	void withNoUserAndNoSettingsItSaysHowToCreateTheFirstAdmin(CapturedOutput output) {
		given(this.users.hasAnyUser()).willReturn(false);
		new FirstAdminInitializer(this.users, this.accounts, properties(null, null))
			.run(new DefaultApplicationArguments());
		verify(this.accounts, never()).createFirstAdmin(any(), any(), any());
		assertThat(output).contains("set SMR_ADMIN_EMAIL and SMR_ADMIN_PASSWORD");
	}

	@Test
	void withNoUserItCreatesTheFirstLeadFromTheEnvironment() {
		given(this.users.hasAnyUser()).willReturn(false);
		new FirstAdminInitializer(this.users, this.accounts, properties("boss@test.example", "a-long-admin-password"))
			.run(new DefaultApplicationArguments());
		verify(this.accounts).createFirstAdmin("boss@test.example", "a-long-admin-password", "Communications");
	}

	@Test
	void aWeakAdminPasswordIsOneLineInTheLogNotAStackTrace(CapturedOutput output) {
		given(this.users.hasAnyUser()).willReturn(false);
		given(this.accounts.createFirstAdmin(any(), any(), any()))
			.willThrow(new org.smrdesk.core.FieldException("password", "password.common"));
		new FirstAdminInitializer(this.users, this.accounts, properties("boss@test.example", "passwordpassword"))
			.run(new DefaultApplicationArguments());
		assertThat(output).contains("SMR_ADMIN_PASSWORD was refused")
			.doesNotContain("FieldException")
			.doesNotContain("\tat ")
			.doesNotContain("passwordpassword");
	}

	@Test
	void withUsersItDoesNothing() {
		given(this.users.hasAnyUser()).willReturn(true);
		new FirstAdminInitializer(this.users, this.accounts, properties("boss@test.example", "a-long-admin-password"))
			.run(new DefaultApplicationArguments());
		verify(this.accounts, never()).createFirstAdmin(any(), any(), any());
	}

	private static SmrProperties properties(String email, String password) {
		return new SmrProperties(new SmrProperties.Admin(email, password),
				new SmrProperties.Login(5, Duration.ofMinutes(15), Duration.ofMinutes(15), 30), DataSize.ofMegabytes(2),
				new SmrProperties.Security(Duration.ofMinutes(30), Duration.ofHours(12), false), null);
	}

}
