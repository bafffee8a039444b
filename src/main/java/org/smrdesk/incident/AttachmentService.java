package org.smrdesk.incident;

import java.time.Clock;
import org.smrdesk.core.CurrentUser;
import org.smrdesk.core.FieldException;
import org.smrdesk.core.NotFoundException;
import org.smrdesk.user.UserService;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence of an incident: files attached to the incident or to one of its timeline
 * entries, kept in the database and never changed or removed. Whoever may read the
 * incident sees and downloads them; whoever may add to its timeline attaches them.
 */
@Service
@Transactional(readOnly = true)
public class AttachmentService {

	private final IncidentService incidents;

	private final TimelineService timeline;

	private final AttachmentRepository attachments;

	private final TimelineEntryRepository entries;

	private final EvidenceInspector inspector;

	private final UserService users;

	private final Clock clock;

	AttachmentService(IncidentService incidents, TimelineService timeline, AttachmentRepository attachments,
			TimelineEntryRepository entries, EvidenceInspector inspector, UserService users, Clock clock) {
		this.incidents = incidents;
		this.timeline = timeline;
		this.attachments = attachments;
		this.entries = entries;
		this.inspector = inspector;
		this.users = users;
		this.clock = clock;
	}

	/**
	 * The largest file kept, for the form's hint.
	 * @return the size in megabytes
	 */
	public long maxMegabytes() {
		return this.inspector.maxSize().toMegabytes();
	}

	/**
	 * Attaches a file.
	 * @param incidentId the incident
	 * @param entryId the timeline entry it documents, or null for the incident
	 * @param fileName the name as sent
	 * @param content the bytes
	 * @param description what it shows, or null
	 * @param user who attaches it
	 * @return the evidence kept
	 * @throws AccessDeniedException when the user may not add to the incident
	 * @throws FieldException when the file or the entry is refused
	 */
	@Transactional
	public Attachment attach(Long incidentId, Long entryId, String fileName, byte[] content, String description,
			CurrentUser user) {
		Incident incident = this.incidents.get(incidentId, user);
		if (!this.timeline.canAdd(incident, user)) {
			throw new AccessDeniedException("May not add evidence to this incident");
		}
		TimelineEntry entry = null;
		if (entryId != null) {
			entry = this.entries.findById(entryId)
				.filter((e) -> e.getIncident().getId().equals(incidentId))
				.orElseThrow(() -> new FieldException("entryId", "incident.evidence.entryUnknown"));
		}
		Evidence evidence = this.inspector.inspect(fileName, content);
		String text = (description != null && !description.isBlank()) ? description.strip() : null;
		return this.attachments.save(new Attachment(incident, entry, evidence, text, this.clock.instant(),
				this.users.getReference(user.id())));
	}

	/**
	 * One piece of evidence with its content, for a download.
	 * @param incidentId the incident
	 * @param attachmentId the evidence
	 * @param user who asks
	 * @return the evidence
	 * @throws NotFoundException when the incident has no such evidence
	 */
	public Attachment get(Long incidentId, Long attachmentId, CurrentUser user) {
		this.incidents.get(incidentId, user);
		return this.attachments.findOne(incidentId, attachmentId)
			.orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
	}

}
