package org.smrdesk.audit;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface AuditRepository extends JpaRepository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {

	/**
	 * The entity types in the log, read by skipping through the index (one index probe
	 * per type, not a scan of the whole log).
	 */
	@Query(value = """
			with recursive types (entity_type) as (
			    (select entity_type from audit_log order by entity_type limit 1)
			    union all
			    select (select a.entity_type from audit_log a where a.entity_type > t.entity_type
			            order by a.entity_type limit 1)
			    from types t where t.entity_type is not null)
			select entity_type from types where entity_type is not null order by entity_type""", nativeQuery = true)
	List<String> findEntityTypes();

}
