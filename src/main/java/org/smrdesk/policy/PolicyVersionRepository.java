package org.smrdesk.policy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PolicyVersionRepository extends JpaRepository<PolicyVersion, Long> {

	@Query("select v from PolicyVersion v left join fetch v.publishedBy where v.policy.id = :policyId "
			+ "order by v.number desc")
	List<PolicyVersion> findByPolicyIdOrderByNumberDesc(@Param("policyId") Long policyId);

	/**
	 * A page of a policy's versions in the given states ({@code VersionState} names),
	 * with who published each: a fetch join and one array parameter, so Hibernate keeps
	 * the query's translation (CONTRIBUTING "Queries Hibernate can keep translated").
	 */
	@Query(value = "select v from PolicyVersion v left join fetch v.publishedBy "
			+ "where v.policy.id = :policyId and in_array(:states, v.state) = true",
			countQuery = "select count(v) from PolicyVersion v "
					+ "where v.policy.id = :policyId and in_array(:states, v.state) = true")
	Page<PolicyVersion> findByPolicyIdAndStateIn(@Param("policyId") Long policyId, @Param("states") String[] states,
			Pageable pageable);

	@Query("select v from PolicyVersion v join fetch v.policy p left join fetch v.publishedBy "
			+ "where v.id = :id and p.id = :policyId")
	Optional<PolicyVersion> findInPolicy(@Param("policyId") Long policyId, @Param("id") Long id);

	Optional<PolicyVersion> findByPolicyIdAndState(Long policyId, VersionState state);

	@Query("select coalesce(max(v.number), 0) from PolicyVersion v where v.policy.id = :policyId")
	int maxNumber(@Param("policyId") Long policyId);

	@Query("select v.policy.id as policyId, v.number as number, v.state as state from PolicyVersion v "
			+ "where in_array(:policyIds, v.policy.id) = true and v.state <> VersionState.RETIRED")
	List<VersionSummary> summaries(@Param("policyIds") Long[] policyIds);

	@Query("select v from PolicyVersion v join fetch v.policy p left join fetch p.owner "
			+ "where v.state = VersionState.PUBLISHED order by p.title")
	List<PolicyVersion> findPublished();

	/**
	 * Records an acknowledgement once: a second one (double submit, concurrent request)
	 * does nothing.
	 * @return 1 when recorded now, 0 when it existed
	 */
	@Modifying
	@Query(value = """
			insert into policy_acknowledgements (version_id, user_id, acknowledged_at)
			values (:versionId, :userId, :at)
			on conflict (user_id, version_id) do nothing""", nativeQuery = true)
	int acknowledge(@Param("versionId") Long versionId, @Param("userId") Long userId, @Param("at") Instant at);

	@Query(value = "select acknowledged_at from policy_acknowledgements where version_id = :versionId and user_id = :userId",
			nativeQuery = true)
	Optional<Instant> acknowledgedAt(@Param("versionId") Long versionId, @Param("userId") Long userId);

	/**
	 * The published versions a staff member of a department has yet to acknowledge, the
	 * first {@code limit} of them, each row with how many are waiting in all.
	 */
	@Query(value = """
			select p.id as policyId, v.id as versionId, v.number as number, p.title as title,
			       v.published_at as publishedAt, count(*) over () as total
			from policy_versions v
			join policies p on p.id = v.policy_id
			where v.state = 'PUBLISHED'
			and (p.all_departments or exists (select 1 from policy_departments pd
			                                   where pd.policy_id = p.id and pd.department_id = :departmentId))
			and not exists (select 1 from policy_acknowledgements a where a.version_id = v.id and a.user_id = :userId)
			order by v.published_at, p.title limit :limit""", nativeQuery = true)
	List<Waiting> waitingFor(@Param("userId") Long userId, @Param("departmentId") Long departmentId,
			@Param("limit") int limit);

	/**
	 * Per published version and department: active staff expected to acknowledge, and how
	 * many have (from the counts the database keeps, see V13): the cost grows with
	 * policies × departments, not with staff or acknowledgements.
	 */
	@Query(value = COVERAGE + " order by p.title, d.name", nativeQuery = true)
	List<Object[]> coverage();

	/**
	 * {@link #coverage()} of one policy.
	 */
	@Query(value = COVERAGE + " and v.policy_id = :policyId order by d.name", nativeQuery = true)
	List<Object[]> coverage(@Param("policyId") Long policyId);

	/**
	 * Per published version, acknowledged ÷ expected, lowest rate first.
	 */
	@Query(value = "select c.policyId as policyId, c.versionId as versionId, c.number as number, c.title as title, "
			+ "null as departmentId, null as departmentName, sum(c.expected) as expected, "
			+ "sum(c.acknowledged) as acknowledged from (" + COVERAGE + ") c "
			+ "group by c.policyId, c.versionId, c.number, c.title "
			+ "order by sum(c.acknowledged)::float8 / greatest(sum(c.expected), 1), c.title limit :limit",
			nativeQuery = true)
	List<Object[]> lowestCoverage(@Param("limit") int limit);

	@Query("select count(v) from PolicyVersion v where v.state = VersionState.PUBLISHED")
	long countPublished();

	String COVERAGE = """
			with staff as (select department_id, count(*) as n from users
			               where active and role = 'STAFF' group by department_id)
			select v.policy_id as policyId, v.id as versionId, v.number as number, p.title as title,
			       d.id as departmentId, d.name as departmentName,
			       s.n as expected, coalesce(c.acknowledged, 0) as acknowledged
			from policy_versions v
			join policies p on p.id = v.policy_id
			join staff s on p.all_departments or exists (select 1 from policy_departments pd
			                                             where pd.policy_id = p.id and pd.department_id = s.department_id)
			join departments d on d.id = s.department_id
			left join policy_acknowledgement_counts c on c.version_id = v.id and c.department_id = s.department_id
			where v.state = 'PUBLISHED'""";

	/**
	 * The acknowledgement export of a policy's published version, as plain values (policy
	 * title, version number, name, e-mail, department, acknowledged at or null), those
	 * who have not acknowledged first: read through an interface projection, its
	 * thousands of rows cost more CPU than the query. The version's id comes from a
	 * subquery, so that PostgreSQL knows it before joining and reads only that version's
	 * acknowledgements by index (joined on {@code v.policy_id} it hashed all 120,000 of
	 * every version: 896 buffers instead of 14).
	 */
	@Query(value = "select p.title, v.number, u.display_name, u.email, d.name, a.acknowledged_at " + PEOPLE_FROM
			+ " where v.id = (select pv.id from policy_versions pv where pv.policy_id = :policyId"
			+ " and pv.state = 'PUBLISHED') order by (a.id is not null), d.name, u.display_name, u.id",
			nativeQuery = true)
	List<Object[]> exportPeople(@Param("policyId") Long policyId);

	/**
	 * One page of the staff expected to acknowledge a version, with when they did (null:
	 * not yet) (the page shows at most a page of the thousands of staff a policy may
	 * apply to).
	 */
	@Query(value = PEOPLE + " order by (a.id is not null), d.name, u.display_name, u.id limit :limit offset :offset",
			nativeQuery = true)
	List<Object[]> people(@Param("versionId") Long versionId, @Param("limit") int limit, @Param("offset") long offset);

	/**
	 * How many people {@link #people(Long, int, long)} pages through.
	 */
	@Query(value = "select count(*) from (" + PEOPLE + ") p", nativeQuery = true)
	long countPeople(@Param("versionId") Long versionId);

	String PEOPLE_FROM = """
			from policy_versions v
			join policies p on p.id = v.policy_id
			join users u on u.active and u.role = 'STAFF'
			     and (p.all_departments or u.department_id in
			          (select pd.department_id from policy_departments pd where pd.policy_id = p.id))
			join departments d on d.id = u.department_id
			left join policy_acknowledgements a on a.version_id = v.id and a.user_id = u.id
			""";

	String PEOPLE = """
			select u.id as userId, u.display_name as name, u.email as email, d.name as departmentName,
			       a.acknowledged_at as acknowledgedAt, a.id as acknowledgementId
			""" + PEOPLE_FROM + " where v.id = :versionId";

	interface VersionSummary {

		Long getPolicyId();

		int getNumber();

		VersionState getState();

	}

	interface Waiting {

		Long getPolicyId();

		Long getVersionId();

		int getNumber();

		String getTitle();

		Instant getPublishedAt();

		/**
		 * How many versions are waiting in all, beyond the ones read too.
		 * @return the number
		 */
		long getTotal();

	}

}
