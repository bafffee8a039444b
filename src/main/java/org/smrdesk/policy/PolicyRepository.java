package org.smrdesk.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.smrdesk.core.Choice;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PolicyRepository extends JpaRepository<Policy, Long> {

	/**
	 * The policies with a published version as a drop-down offers them: id and title
	 * alone.
	 */
	@Query(value = "select new org.smrdesk.core.Choice(p.id, p.title) from Policy p " + PUBLISHED,
			countQuery = "select count(p) from Policy p " + PUBLISHED)
	Page<Choice> findPublishedChoices(Pageable pageable);

	/** Policies with a published version. */
	String PUBLISHED = "where exists (select v.id from PolicyVersion v where v.policy = p and v.state = VersionState.PUBLISHED)";

	/** The list's filters, written once for its page and its count. */
	String MATCHING = """
			where (:text = '' or lower(p.title) like concat('%', :text, '%')
			       or exists (select v.id from PolicyVersion v where v.policy = p
			                  and (:publicOnly = false or v.state in (VersionState.PUBLISHED, VersionState.RETIRED))
			                  and lower(v.body) like concat('%', :text, '%')))
			and (:kind is null or p.kind = :kind)
			and (:state is null or exists (select v.id from PolicyVersion v where v.policy = p and v.state = :state))
			and (:departmentId is null or p.allDepartments = true
			     or exists (select d.id from Policy q join q.departments d where q = p and d.id = :departmentId))
			and (cast(:dueBy as date) is null or p.nextReviewOn <= :dueBy)
			and (:publicOnly = false
			     or exists (select v.id from PolicyVersion v where v.policy = p and v.state = VersionState.PUBLISHED))
			""";

	/**
	 * The list: search in the title and in the text of the versions the reader may see.
	 * @param text lower-case search text, or empty
	 * @param kind a kind, or null
	 * @param state policies having a version in this state, or null
	 * @param departmentId policies applying to this department, or null
	 * @param dueBy policies due for review on or before this day, or null
	 * @param publicOnly true for staff: only policies with a published version, only
	 * public text searched
	 * @param pageable the page
	 * @return the page
	 */
	// a fetch join, not an entity graph: Hibernate translates a query with an entity
	// graph
	// again on every call
	@Query(value = "select p from Policy p left join fetch p.owner " + MATCHING,
			countQuery = "select count(p) from Policy p " + MATCHING)
	Page<Policy> search(@Param("text") String text, @Param("kind") PolicyKind kind, @Param("state") VersionState state,
			@Param("departmentId") Long departmentId, @Param("dueBy") LocalDate dueBy,
			@Param("publicOnly") boolean publicOnly, Pageable pageable);

	/**
	 * The ids of every policy {@link #search} finds, in no particular order (the CSV
	 * export needs no page, count or entities).
	 */
	@Query("select p.id from Policy p " + MATCHING)
	List<Long> searchIds(@Param("text") String text, @Param("kind") PolicyKind kind, @Param("state") VersionState state,
			@Param("departmentId") Long departmentId, @Param("dueBy") LocalDate dueBy,
			@Param("publicOnly") boolean publicOnly);

	@Query("select p from Policy p left join fetch p.owner left join fetch p.departments where p.id = :id")
	Optional<Policy> findWithDetailsById(@Param("id") Long id);

	// a fetch join rather than an entity graph: Hibernate keeps the translated query of
	// this home-page query only without an entity graph (it translated it on every view)
	@Query("select p from Policy p left join fetch p.owner where p.nextReviewOn <= :day order by p.nextReviewOn, p.id")
	List<Policy> findByNextReviewOnLessThanEqualOrderByNextReviewOn(@Param("day") LocalDate day, Limit limit);

}
