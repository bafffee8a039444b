package org.smrdesk.core;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute links (a calendar feed address, say) from the configured public address
 * ({@code smr.public-url}, {@code SMR_PUBLIC_URL}), never from what a client sent in
 * {@code Host} or {@code X-Forwarded-*}. Without it (development) the request's own
 * address is used.
 */
@Component
public class PublicUrls {

	private final String base;

	@Autowired
	PublicUrls(SmrProperties properties) {
		this(properties.publicUrl());
	}

	public PublicUrls(String base) {
		this.base = StringUtils.hasText(base) ? StringUtils.trimTrailingCharacter(base.trim(), '/') : null;
	}

	/**
	 * The absolute address of a path of the application.
	 * @param path the path, starting with {@code /}
	 * @return the address
	 */
	public String absolute(String path) {
		if (this.base != null) {
			return this.base + path;
		}
		return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString();
	}

}
