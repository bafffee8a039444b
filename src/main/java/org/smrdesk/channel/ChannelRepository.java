package org.smrdesk.channel;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ChannelRepository extends JpaRepository<Channel, Long> {

	/** The search conditions, shared by the page and its count. */
	String MATCHING = """
			where (:text = '' or lower(s.name) like concat('%', :text, '%')
			       or lower(coalesce(s.audience, '')) like concat('%', :text, '%'))
			and (:kind is null or s.kind = :kind)
			and (:itStatus is null or s.itStatus = :itStatus)
			and (:assessment is null or s.assessment = :assessment)""";

	List<Channel> findAllBy(Sort sort);

	Optional<Channel> findByNameIgnoreCase(String name);

	@Query("select s from Channel s left join fetch s.itContact where s.id = :id")
	Optional<Channel> findWithContactById(@Param("id") Long id);

	@Query(value = "select s from Channel s left join fetch s.itContact " + MATCHING,
			countQuery = "select count(s) from Channel s " + MATCHING)
	Page<Channel> search(@Param("text") String text, @Param("kind") ServiceKind kind,
			@Param("itStatus") ItStatus itStatus, @Param("assessment") Assessment assessment, Pageable pageable);

	@Query("""
			select s from Channel s left join fetch s.itContact where service_matches(:query, s.id) = true
			order by service_rank(:query, s.id) desc, s.name, s.id""")
	List<Channel> findFullText(@Param("query") String query, Limit limit);

}
