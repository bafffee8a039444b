package org.smrdesk.monitoring;

import java.util.List;

import org.smrdesk.core.FieldException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mentions pushed in by a monitoring vendor: stored like polled items, so the same story
 * is one mention whoever brought it.
 */
@Service
public class PushService {

	private final SourceRepository sources;

	private final MentionIngest ingest;

	private final SpikeDetector spikes;

	PushService(SourceRepository sources, MentionIngest ingest, SpikeDetector spikes) {
		this.sources = sources;
		this.ingest = ingest;
		this.spikes = spikes;
	}

	/**
	 * Stores a pushed mention.
	 * @param request the mention
	 * @return its id and whether it was new
	 * @throws FieldException when the source is unknown or not a push source
	 */
	@Transactional
	public Pushed push(MentionApiController.PushRequest request) {
		Source source = this.sources.findById(request.sourceId())
			.orElseThrow(() -> new FieldException("sourceId", "monitoring.push.source.unknown"));
		if (source.getKind() != SourceKind.PUSH) {
			throw new FieldException("sourceId", "monitoring.push.source.notPush");
		}
		if (request.url() != null && !request.url().isBlank() && MentionText.canonicalUrl(request.url()) == null) {
			throw new FieldException("url", "monitoring.push.url.invalid");
		}
		FetchedItem item = new FetchedItem(request.guid(), request.url(), request.title(), request.text(),
				request.author(), request.authorUrl(), request.publishedAt());
		MentionIngest.Result result = this.ingest.ingest(source.getId(), source.getUrl(), List.of(item), false);
		if (result.created() > 0) {
			this.spikes.check();
		}
		return new Pushed(result.mentionIds().get(0), result.created() > 0);
	}

	/**
	 * The outcome of a push.
	 *
	 * @param id the mention
	 * @param created whether it was new (else a sighting of a known mention)
	 */
	public record Pushed(Long id, boolean created) {
	}

}
