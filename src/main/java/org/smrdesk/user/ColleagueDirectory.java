package org.smrdesk.user;

import java.util.List;
import java.util.Locale;

import org.smrdesk.core.ColleagueNames;
import org.smrdesk.core.Text;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The colleagues a form's type-ahead fields name (templates:
 * {@code @colleagueNames.nameOf(id)}).
 */
@Component("colleagueNames")
@Transactional(readOnly = true)
class ColleagueDirectory implements ColleagueNames {

	private final UserRepository users;

	ColleagueDirectory(UserRepository users) {
		this.users = users;
	}

	@Override
	public Long idOf(String typed) {
		String text = typed.strip();
		if (text.contains("@")) {
			return this.users.findByEmail(User.normalizeEmail(text))
				.filter(User::isActive)
				.map(User::getId)
				.orElseThrow(() -> new NotOne(text, 0));
		}
		String name = text.toLowerCase(Locale.ROOT);
		List<Long> exact = this.users.findActiveIdsByName(name, PageRequest.of(0, 2));
		if (exact.size() == 1) {
			return exact.get(0);
		}
		if (exact.size() > 1) {
			throw new NotOne(text, exact.size());
		}
		String prefix = Text.likeEscaped(name) + "%";
		List<UserRepository.Named> starting = this.users.findActiveByNamePrefix(prefix, PageRequest.of(0, 2));
		if (starting.size() != 1) {
			throw new NotOne(text, starting.size());
		}
		return starting.get(0).getId();
	}

	@Override
	public String nameOf(Long id) {
		return (id != null) ? this.users.findDisplayNameById(id).orElse(null) : null;
	}

}
