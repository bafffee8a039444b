package org.smrdesk.training;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.smrdesk.user.Department;

/**
 * What the lead types to create or edit a training. The trainer is a user or, for an
 * outside trainer, a name.
 */
public class TrainingForm {

	private Long id;

	private Long version;

	@NotBlank
	@Size(max = 200)
	private String title;

	@Size(max = 4000)
	private String description;

	@NotNull
	private TopicKind topicKind = TopicKind.CULTURE;

	@Size(max = 200)
	private String topic;

	private Long serviceId;

	private Long policyId;

	@NotNull
	private TrainingFormat format = TrainingFormat.WORKSHOP;

	private Long trainerId;

	private Long vendorId;

	@Size(max = 200)
	private String externalTrainer;

	@Size(max = 4000)
	private String materials;

	private boolean required;

	@NotEmpty
	private List<Long> audienceIds = new ArrayList<>();

	public TrainingForm() {
	}

	TrainingForm(Training training) {
		this.id = training.getId();
		this.version = training.getVersion();
		this.title = training.getTitle();
		this.description = training.getDescription();
		this.topicKind = training.getTopicKind();
		this.topic = training.getTopic();
		this.serviceId = (training.getService() != null) ? training.getService().getId() : null;
		this.policyId = (training.getPolicy() != null) ? training.getPolicy().getId() : null;
		this.format = training.getFormat();
		this.trainerId = (training.getTrainer() != null) ? training.getTrainer().getId() : null;
		this.vendorId = (training.getVendor() != null) ? training.getVendor().getId() : null;
		this.externalTrainer = training.getExternalTrainer();
		this.materials = training.getMaterials();
		this.required = training.isRequired();
		this.audienceIds = new ArrayList<>(training.getAudiences().stream().map(Department::getId).toList());
	}

	public boolean isNew() {
		return this.id == null;
	}

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
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

	public Long getServiceId() {
		return this.serviceId;
	}

	public void setServiceId(Long serviceId) {
		this.serviceId = serviceId;
	}

	public Long getPolicyId() {
		return this.policyId;
	}

	public void setPolicyId(Long policyId) {
		this.policyId = policyId;
	}

	public TrainingFormat getFormat() {
		return this.format;
	}

	public void setFormat(TrainingFormat format) {
		this.format = format;
	}

	public Long getTrainerId() {
		return this.trainerId;
	}

	public void setTrainerId(Long trainerId) {
		this.trainerId = trainerId;
	}

	public Long getVendorId() {
		return this.vendorId;
	}

	public void setVendorId(Long vendorId) {
		this.vendorId = vendorId;
	}

	public String getExternalTrainer() {
		return this.externalTrainer;
	}

	public void setExternalTrainer(String externalTrainer) {
		this.externalTrainer = externalTrainer;
	}

	public String getMaterials() {
		return this.materials;
	}

	public void setMaterials(String materials) {
		this.materials = materials;
	}

	public boolean isRequired() {
		return this.required;
	}

	public void setRequired(boolean required) {
		this.required = required;
	}

	public List<Long> getAudienceIds() {
		return this.audienceIds;
	}

	public void setAudienceIds(List<Long> audienceIds) {
		this.audienceIds = audienceIds;
	}

}
