package org.smrdesk.notification;

import org.smrdesk.core.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox as the lead sees it.
 */
@Service
@Transactional(readOnly = true)
public class OutboxService {

	private final MailOutbox outbox;

	private final OutboxSender sender;

	OutboxService(MailOutbox outbox, OutboxSender sender) {
		this.outbox = outbox;
		this.sender = sender;
	}

	public Page<OutboxMail> page(OutboxStatus status, Pageable pageable) {
		return this.outbox.page(status, pageable);
	}

	public OutboxMail get(long id) {
		return this.outbox.find(id).orElseThrow(() -> new NotFoundException("Mail", id));
	}

	public boolean isConfigured() {
		return this.sender.isConfigured();
	}

	/**
	 * Queues a failed mail again, due now.
	 * @param id the mail's id
	 * @return true when it was failed and is queued again
	 */
	@Transactional
	public boolean retry(long id) {
		return this.outbox.retry(id);
	}

}
