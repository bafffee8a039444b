package org.smrdesk;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.smrdesk.core.WebTestConfiguration;
import org.smrdesk.user.SecurityConfiguration;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A controller slice with the real security rules and messages; services are
 * {@code @MockitoBean}s of the test. Sign in with
 * {@code .with(user(WebUsers.lead()))}-style principals.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@Import({ SecurityConfiguration.class, WebTestConfiguration.class })
@MockitoBean(types = UserDetailsService.class)
public @interface ControllerTest {

	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value() default {};

}
