package org.smrdesk.training;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A training of the catalogue as the API creates or changes it (the lead): the page
 * form's fields without its id or version (from {@code If-Match}).
 *
 * @param title the title
 * @param description what it teaches
 * @param topicKind what sort of topic (default culture)
 * @param topic the topic in words
 * @param serviceId the social service it is about
 * @param policyId the policy it teaches
 * @param format workshop, e-learning, ... (default workshop)
 * @param trainerId the colleague who trains
 * @param vendorId the vendor who trains
 * @param externalTrainer an outside trainer by name
 * @param materials links to materials, one a line
 * @param required whether its audience must take it
 * @param audienceIds the departments it is for
 */
@Schema(example = """
		{"title": "Answering complaints in public", "topicKind": "CULTURE", "format": "WORKSHOP",
		 "required": true, "audienceIds": [1, 2]}""")
record TrainingRequest(@NotBlank @Size(max = 200) String title, @Size(max = 4000) String description,
		TopicKind topicKind, @Size(max = 200) String topic, Long serviceId, Long policyId, TrainingFormat format,
		Long trainerId, Long vendorId, @Size(max = 200) String externalTrainer, @Size(max = 4000) String materials,
		Boolean required, @NotEmpty List<Long> audienceIds) {

	TrainingForm toForm(Long version) {
		TrainingForm form = new TrainingForm();
		form.setVersion(version);
		form.setTitle(this.title);
		form.setDescription(this.description);
		if (this.topicKind != null) {
			form.setTopicKind(this.topicKind);
		}
		form.setTopic(this.topic);
		form.setServiceId(this.serviceId);
		form.setPolicyId(this.policyId);
		if (this.format != null) {
			form.setFormat(this.format);
		}
		form.setTrainerId(this.trainerId);
		form.setVendorId(this.vendorId);
		form.setExternalTrainer(this.externalTrainer);
		form.setMaterials(this.materials);
		form.setRequired(Boolean.TRUE.equals(this.required));
		form.setAudienceIds(this.audienceIds);
		return form;
	}

}
