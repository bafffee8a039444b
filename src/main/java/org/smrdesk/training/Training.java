package org.smrdesk.training;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.smrdesk.channel.Channel;
import org.smrdesk.core.AuditableEntity;
import org.smrdesk.policy.Policy;
import org.smrdesk.user.Department;
import org.smrdesk.user.User;
import org.smrdesk.supplier.Vendor;

/**
 * A course for functional groups: what it teaches, to which departments, how, and by whom
 * (a user, or an outside trainer named in text).
 */
@Entity
@Table(name = "trainings")
public class Training extends AuditableEntity {

	@Column(nullable = false)
	private String title;

	private String description;

	@Enumerated(EnumType.STRING)
	@Column(name = "topic_kind", nullable = false)
	private TopicKind topicKind;

	private String topic;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private TrainingFormat format;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "policy_id")
	private Policy policy;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "service_id")
	private Channel service;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "trainer_id")
	private User trainer;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "vendor_id")
	private Vendor vendor;

	@Column(name = "external_trainer")
	private String externalTrainer;

	private String materials;

	@Column(nullable = false)
	private boolean required;

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "training_audiences", joinColumns = @JoinColumn(name = "training_id"),
			inverseJoinColumns = @JoinColumn(name = "department_id"))
	@OrderBy("name")
	private Set<Department> audiences = new LinkedHashSet<>();

	protected Training() {
	}

	public Training(String title, TopicKind topicKind, TrainingFormat format) {
		this.title = title;
		this.topicKind = topicKind;
		this.format = format;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public TopicKind getTopicKind() {
		return this.topicKind;
	}

	public void setTopicKind(TopicKind topicKind) {
		this.topicKind = topicKind;
	}

	public String getTopic() {
		return this.topic;
	}

	public void setTopic(String topic) {
		this.topic = topic;
	}

	/**
	 * The policy the training explains, if any.
	 * @return the policy, or null
	 */
	public Policy getPolicy() {
		return this.policy;
	}

	public void setPolicy(Policy policy) {
		this.policy = policy;
	}

	/**
	 * The social service the training is about, if any.
	 * @return the service, or null
	 */
	public Channel getService() {
		return this.service;
	}

	public void setService(Channel service) {
		this.service = service;
	}

	public TrainingFormat getFormat() {
		return this.format;
	}

	public void setFormat(TrainingFormat format) {
		this.format = format;
	}

	public User getTrainer() {
		return this.trainer;
	}

	public String getExternalTrainer() {
		return this.externalTrainer;
	}

	public Vendor getVendor() {
		return this.vendor;
	}

	/**
	 * Who gives the training: a user; or a vendor, optionally with the name of the
	 * vendor's trainer; or an outside trainer by name.
	 * @param trainer the user, or null
	 * @param vendor the vendor, or null (ignored when there is a user)
	 * @param externalTrainer the outside trainer's name, or null (ignored when there is a
	 * user)
	 */
	public void assignTrainer(User trainer, Vendor vendor, String externalTrainer) {
		this.trainer = trainer;
		this.vendor = (trainer != null) ? null : vendor;
		this.externalTrainer = (trainer != null) ? null : externalTrainer;
	}

	/**
	 * The trainer's name as shown on pages and in calendars.
	 * @return the name
	 */
	public String getTrainerName() {
		return trainerName((this.trainer != null) ? this.trainer.getDisplayName() : null, this.externalTrainer,
				(this.vendor != null) ? this.vendor.getName() : null);
	}

	/**
	 * Who gives a training, as {@link #getTrainerName()} says it.
	 * @param trainer the trainer's name when a user gives it, or null
	 * @param externalTrainer the outside trainer's name, or null
	 * @param vendor the vendor's name, or null
	 * @return the name, or null
	 */
	static String trainerName(String trainer, String externalTrainer, String vendor) {
		if (trainer != null) {
			return trainer;
		}
		if (vendor != null) {
			return (externalTrainer != null) ? externalTrainer + " (" + vendor + ")" : vendor;
		}
		return externalTrainer;
	}

	/**
	 * Whether a user is this training's trainer (and so may mark attendance).
	 * @param userId the user's id
	 * @return true for the trainer
	 */
	public boolean isTrainer(Long userId) {
		return this.trainer != null && this.trainer.getId().equals(userId);
	}

	public String getMaterials() {
		return this.materials;
	}

	public void setMaterials(String materials) {
		this.materials = materials;
	}

	/**
	 * The material links, one per line of {@link #getMaterials()}.
	 * @return the links
	 */
	public List<String> getMaterialLinks() {
		List<String> links = new ArrayList<>();
		if (this.materials != null) {
			for (String line : this.materials.split("\\R")) {
				if (!line.isBlank()) {
					links.add(line.trim());
				}
			}
		}
		return links;
	}

	public boolean isRequired() {
		return this.required;
	}

	public void setRequired(boolean required) {
		this.required = required;
	}

	public Set<Department> getAudiences() {
		return this.audiences;
	}

	public void setAudiences(Set<Department> audiences) {
		this.audiences.clear();
		this.audiences.addAll(audiences);
	}

	public boolean isFor(Long departmentId) {
		return this.audiences.stream().anyMatch((department) -> department.getId().equals(departmentId));
	}

}
