package org.smrdesk.monitoring;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface KeywordQueryRepository extends JpaRepository<KeywordQuery, Long> {

	@Query("select k from KeywordQuery k left join fetch k.departments order by k.name")
	List<KeywordQuery> findAllByOrderByName();

	List<KeywordQuery> findByActiveTrue();

	@Query("select k from KeywordQuery k left join fetch k.departments where k.id = :id")
	Optional<KeywordQuery> findWithDepartmentsById(@Param("id") Long id);

	Optional<KeywordQuery> findByNameIgnoreCase(String name);

	@Query("select q.id from KeywordQuery q join q.departments d where d.id = ?1")
	List<Long> findIdsByDepartment(Long departmentId);

	List<KeywordQuery> findByIdIn(Collection<Long> ids);

}
