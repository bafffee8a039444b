package org.smrdesk.incident;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

	/**
	 * An incident's evidence, oldest first, without the files themselves.
	 */
	@Query("""
			select a.id as id, a.entry.id as entryId, a.fileName as fileName, a.contentType as contentType,
			       a.sizeBytes as sizeBytes, a.sha256 as sha256, case when a.thumbnail is not null then true else false end as hasThumbnail,
			       a.description as description, a.uploadedAt as uploadedAt, a.uploadedByName as uploadedByName
			from Attachment a
			where a.incident.id = :incidentId
			order by a.uploadedAt, a.id""")
	List<ListedEvidence> findListed(@Param("incidentId") Long incidentId);

	@Query("select a from Attachment a where a.id = :id and a.incident.id = :incidentId")
	Optional<Attachment> findOne(@Param("incidentId") Long incidentId, @Param("id") Long id);

}
