package org.smrdesk.notification;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.smrdesk.core.NotificationKind;
import org.smrdesk.core.PublicUrls;
import org.smrdesk.core.Times;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders notices and digests as e-mail: a subject, a plain-text and an HTML body from
 * the Thymeleaf templates under {@code templates/mail/}, links absolute from
 * {@code smr.public-url}; times in the bodies are in the company zone, which the footer
 * names. Its own template engine, so the pages' engine stays as Boot configures it.
 */
@Component
class MailRenderer {

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	private final MessageSource messages;

	private final PublicUrls urls;

	private final Times times;

	MailRenderer(MessageSource messages, PublicUrls urls, Times times) {
		this.messages = messages;
		this.urls = urls;
		this.times = times;
		this.engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 1));
		this.engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 2));
		this.engine.setTemplateEngineMessageSource(messages);
	}

	private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setSuffix(suffix);
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setOrder(order);
		resolver.setCheckExistence(true);
		resolver.setCacheable(true);
		return resolver;
	}

	/**
	 * The subject of a kind's notice.
	 * @param kind the kind
	 * @param args the message arguments
	 * @return the subject
	 */
	String subject(NotificationKind kind, List<Object> args) {
		return this.messages.getMessage("notification." + kind.name() + ".subject", args.toArray(), Locale.ENGLISH);
	}

	/**
	 * The body sentence of a kind's notice.
	 * @param kind the kind
	 * @param args the message arguments
	 * @return the sentence
	 */
	String body(NotificationKind kind, List<Object> args) {
		return this.messages.getMessage("notification." + kind.name() + ".body", args.toArray(), Locale.ENGLISH);
	}

	/**
	 * The subject of a daily digest.
	 * @param count how many notifications it gathers
	 * @return the subject
	 */
	String digestSubject(int count) {
		return this.messages.getMessage("notification.digest.subject", new Object[] { count }, Locale.ENGLISH);
	}

	/**
	 * An absolute link to a path of the application, also outside a request (jobs).
	 * @param path the path
	 * @return the address (the path alone when no public address is configured and no
	 * request is at hand)
	 */
	String absolute(String path) {
		try {
			return this.urls.absolute(path);
		}
		catch (IllegalStateException ex) {
			return path;
		}
	}

	/**
	 * An e-mail of one or more items.
	 * @param name the recipient's name
	 * @param subject the subject
	 * @param items the items (subject, body, absolute link)
	 * @param unsubscribeUrl the unsubscribe link, or null (a digest links to preferences)
	 * @return the rendered mail
	 */
	Rendered render(String name, String subject, List<Item> items, String unsubscribeUrl) {
		Context context = new Context(Locale.ENGLISH,
				Map.of("name", name, "subject", subject, "items", items, "unsubscribeUrl",
						(unsubscribeUrl != null) ? unsubscribeUrl : "", "preferencesUrl",
						absolute("/account/notifications"), "zone", this.times.companyZone().getId()));
		String html = this.engine.process("notice", java.util.Set.of(), context);
		String text = this.engine.process("notice-text", java.util.Set.of(), context);
		return new Rendered(subject, text, html);
	}

	/**
	 * One item of an e-mail.
	 *
	 * @param subject its title
	 * @param body its sentence
	 * @param link its absolute link, or null
	 */
	record Item(String subject, String body, String link) {
	}

	/**
	 * A rendered e-mail.
	 *
	 * @param subject the subject
	 * @param text the plain-text body
	 * @param html the HTML body
	 */
	record Rendered(String subject, String text, String html) {
	}

}
