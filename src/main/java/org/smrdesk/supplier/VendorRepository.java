package org.smrdesk.supplier;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface VendorRepository extends JpaRepository<Vendor, Long> {

	/** The search conditions, shared by the page and its count. */
	String MATCHING = """
			where (:text = '' or lower(v.name) like concat('%', :text, '%') or lower(v.services) like concat('%', :text, '%'))
			and (:kind is null or v.kind = :kind)
			and (:status is null or v.status = :status)""";

	@Query(value = "select v from Vendor v left join fetch v.primaryContact " + MATCHING,
			countQuery = "select count(v) from Vendor v " + MATCHING)
	Page<Vendor> search(@Param("text") String text, @Param("kind") VendorKind kind,
			@Param("status") VendorStatus status, Pageable pageable);

	/** {@link #search} without a count: the first few by name. */
	@Query("""
			select v from Vendor v left join fetch v.primaryContact
			where (:text = '' or lower(v.name) like concat('%', :text, '%') or lower(v.services) like concat('%', :text, '%'))
			and (:kind is null or v.kind = :kind)
			and (:status is null or v.status = :status)
			order by v.name, v.id""")
	List<Vendor> searchFirst(@Param("text") String text, @Param("kind") VendorKind kind,
			@Param("status") VendorStatus status, Limit limit);

	@Query("select v from Vendor v left join fetch v.primaryContact where v.id = :id")
	Optional<Vendor> findWithPrimaryContactById(@Param("id") Long id);

	// a fetch join rather than an entity graph: Hibernate keeps the translated query of
	// this home-page query only without an entity graph (it translated it on every view)
	@Query("""
			select v from Vendor v left join fetch v.primaryContact
			where v.status <> org.smrdesk.supplier.VendorStatus.ENDED and v.renewalDate >= :today
			order by v.renewalDate""")
	List<Vendor> findRenewingFrom(@Param("today") LocalDate today);

	@Query("select v from Vendor v join v.people p where p.id = :contactId order by v.name")
	List<Vendor> findByPerson(@Param("contactId") Long contactId);

	@Query("select v from Vendor v join v.supportedActivities a where a.id = :activityId order by v.name")
	List<Vendor> findBySupportedActivity(@Param("activityId") Long activityId);

	boolean existsByNameIgnoreCase(String name);

	boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

}
