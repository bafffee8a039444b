package org.smrdesk.training;

import java.util.List;
import java.util.Optional;

import org.smrdesk.core.Choice;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TrainingRepository extends JpaRepository<Training, Long> {

	/**
	 * The list's filters: text in the title, topic or service; audience; format;
	 * required.
	 */
	String MATCHING = """
			where (:text = '' or lower(t.title) like concat('%', :text, '%') or lower(t.topic) like concat('%', :text, '%')
			       or lower(sv.name) like concat('%', :text, '%'))
			and (:departmentId is null or exists (select 1 from Training t2 join t2.audiences d where t2 = t and d.id = :departmentId))
			and (:format is null or t.format = :format)
			and (:required is null or t.required = :required)""";

	@Query(value = "select t from Training t left join fetch t.service sv left join fetch t.trainer "
			+ "left join fetch t.vendor left join fetch t.policy " + MATCHING,
			countQuery = "select count(t) from Training t left join t.service sv " + MATCHING)
	Page<Training> search(@Param("text") String text, @Param("departmentId") Long departmentId,
			@Param("format") TrainingFormat format, @Param("required") Boolean required, Pageable pageable);

	/**
	 * Every training {@link #search} finds, as the export's plain values (title, topic
	 * kind, topic, service, format, trainer's name, outside trainer, vendor, audiences
	 * joined by "; " in name order, required), in one query.
	 */
	@Query("select t.title, t.topicKind, t.topic, sv.name, t.format, tr.displayName, t.externalTrainer, v.name, "
			+ "(select listagg(a.name, '; ') within group (order by a.name) from Training t3 join t3.audiences a "
			+ "where t3 = t), t.required "
			+ "from Training t left join t.service sv left join t.trainer tr left join t.vendor v " + MATCHING)
	List<Object[]> exportRows(@Param("text") String text, @Param("departmentId") Long departmentId,
			@Param("format") TrainingFormat format, @Param("required") Boolean required, Sort sort);

	/**
	 * Trainings as a drop-down offers them: id and title alone.
	 */
	@Query(value = "select new org.smrdesk.core.Choice(t.id, t.title) from Training t",
			countQuery = "select count(t) from Training t")
	Page<Choice> findChoices(Pageable pageable);

	@Query("select t from Training t left join fetch t.trainer left join fetch t.vendor left join fetch t.service "
			+ "left join fetch t.policy left join fetch t.audiences where t.id = :id")
	Optional<Training> findWithDetailsById(@Param("id") Long id);

	@Query("select distinct t from Training t left join fetch t.audiences where t.required = true order by t.title")
	List<Training> findRequiredWithAudiences();

	@Query("select t.id as id, t.title as title, t.service.id as serviceId from Training t where t.service is not null order by t.title")
	List<ServiceTraining> findServiceTrainings();

	interface ServiceTraining {

		Long getId();

		String getTitle();

		Long getServiceId();

	}

}
