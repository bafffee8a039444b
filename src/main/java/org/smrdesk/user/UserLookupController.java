package org.smrdesk.user;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Type-ahead for fields that name a colleague (the owner filters of the lists): a few
 * active users whose name starts with what was typed, instead of a drop-down of everyone.
 */
@RestController
@PreAuthorize("isAuthenticated()")
class UserLookupController {

	static final int LIMIT = 15;

	private final UserService users;

	UserLookupController(UserService users) {
		this.users = users;
	}

	@GetMapping("/people/lookup")
	List<UserService.Person> lookup(@RequestParam(defaultValue = "") String q) {
		return this.users.lookup(q, LIMIT);
	}

}
