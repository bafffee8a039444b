package org.smrdesk.channel;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AccountRepository extends JpaRepository<Account, Long> {

	/** The search conditions, shared by the page and its count. */
	String MATCHING = """
			where (:text = '' or lower(a.handle) like concat('%', :text, '%')
			       or lower(coalesce(a.url, '')) like concat('%', :text, '%')
			       or lower(a.service.name) like concat('%', :text, '%'))
			and (:serviceId is null or a.service.id = :serviceId)
			and (:departmentId is null or a.department.id = :departmentId)
			and (:status is null or a.status = :status)
			and (:ownerId is null or a.owner.id = :ownerId or a.backupOwner.id = :ownerId)""";

	@Query("select a from Account a join fetch a.service left join fetch a.department left join fetch a.owner "
			+ "left join fetch a.backupOwner where a.id = :id")
	Optional<Account> findWithDetailsById(@Param("id") Long id);

	@Query(value = "select a from Account a join fetch a.service left join fetch a.department "
			+ "left join fetch a.owner left join fetch a.backupOwner " + MATCHING,
			countQuery = "select count(a) from Account a " + MATCHING)
	Page<Account> search(@Param("text") String text, @Param("serviceId") Long serviceId,
			@Param("departmentId") Long departmentId, @Param("status") AccountStatus status,
			@Param("ownerId") Long ownerId, Pageable pageable);

	@Query("select a from Account a join fetch a.service s left join fetch a.department left join fetch a.owner "
			+ "left join fetch a.backupOwner where s.id = :serviceId order by a.handle")
	List<Account> findByServiceId(@Param("serviceId") Long serviceId);

	@Query("""
			select a from Account a join fetch a.service s left join fetch a.department left join fetch a.owner
			left join fetch a.backupOwner
			where account_matches(:query, a.id) = true or in_array(:serviceIds, s.id) = true
			order by a.handle, a.id""")
	List<Account> findFullTextOrOnServices(@Param("query") String query, @Param("serviceIds") Long[] serviceIds,
			Limit limit);

	@Query("select a from Account a join fetch a.service s order by s.name, a.handle")
	List<Account> findAllWithService();

	boolean existsByServiceIdAndHandleIgnoreCaseAndIdNot(Long serviceId, String handle, Long id);

	boolean existsByServiceIdAndHandleIgnoreCase(Long serviceId, String handle);

}
