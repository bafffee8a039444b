package org.smrdesk.training;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.smrdesk.channel.Channel;
import org.smrdesk.channel.ChannelService;
import org.smrdesk.core.FieldException;
import org.smrdesk.core.Text;
import org.smrdesk.policy.Policy;
import org.smrdesk.policy.PolicyService;
import org.smrdesk.supplier.Vendor;
import org.smrdesk.supplier.VendorService;
import org.smrdesk.user.Department;
import org.smrdesk.user.DepartmentService;
import org.smrdesk.user.User;
import org.smrdesk.user.UserService;

import org.springframework.stereotype.Component;

/**
 * What a training form refers to (its trainer, vendor, policy, service and audiences),
 * loaded and checked, with the rest of the form (description, topic, materials, required)
 * copied onto the training, in the caller's transaction. {@link TrainingService} uses it
 * to create and to update a training.
 */
@Component
class TrainingReferences {

	private final UserService users;

	private final DepartmentService departments;

	private final ChannelService channels;

	private final PolicyService policies;

	private final VendorService vendors;

	TrainingReferences(UserService users, DepartmentService departments, ChannelService channels,
			PolicyService policies, VendorService vendors) {
		this.users = users;
		this.departments = departments;
		this.channels = channels;
		this.policies = policies;
		this.vendors = vendors;
	}

	/**
	 * Copies a form onto a training, its references loaded and checked.
	 * @param training the training
	 * @param form the form
	 * @throws FieldException when a reference is missing, unknown or contradicts another,
	 * or a material is not a link
	 */
	void apply(Training training, TrainingForm form) {
		training.setDescription(Text.blankToNull(form.getDescription()));
		training.setTopic(Text.blankToNull(form.getTopic()));
		training.setService(service(form));
		training.setPolicy(policy(form));
		training.setMaterials(materials(form.getMaterials()));
		training.setRequired(form.isRequired());
		training.assignTrainer(trainer(form), vendor(form), Text.blankToNull(form.getExternalTrainer()));
		training.setAudiences(audiences(form.getAudienceIds()));
	}

	private User trainer(TrainingForm form) {
		String external = Text.blankToNull(form.getExternalTrainer());
		if (form.getTrainerId() == null && form.getVendorId() == null && external == null) {
			throw new FieldException("trainerId", "training.trainer.missing");
		}
		if (form.getTrainerId() != null && form.getVendorId() != null) {
			throw new FieldException("vendorId", "training.trainer.both");
		}
		if (form.getTrainerId() != null && external != null) {
			throw new FieldException("externalTrainer", "training.trainer.both");
		}
		if (form.getTrainerId() == null) {
			return null;
		}
		return FieldException.whenMissing("trainerId", "training.trainer.unknown",
				() -> this.users.getReference(form.getTrainerId()));
	}

	private Vendor vendor(TrainingForm form) {
		if (form.getVendorId() == null) {
			return null;
		}
		return FieldException.whenMissing("vendorId", "training.vendor.unknown",
				() -> this.vendors.get(form.getVendorId()));
	}

	private Policy policy(TrainingForm form) {
		if (form.getPolicyId() == null) {
			if (form.getTopicKind() == TopicKind.POLICY) {
				throw new FieldException("policyId", "training.policy.missing");
			}
			return null;
		}
		return this.policies.findPublished()
			.stream()
			.filter((policy) -> policy.getId().equals(form.getPolicyId()))
			.findFirst()
			.orElseThrow(() -> new FieldException("policyId", "training.policy.unknown"));
	}

	private Channel service(TrainingForm form) {
		if (form.getServiceId() == null) {
			if (form.getTopicKind() == TopicKind.SERVICE) {
				throw new FieldException("serviceId", "training.service.missing");
			}
			return null;
		}
		return FieldException.whenMissing("serviceId", "training.service.unknown",
				() -> this.channels.getService(form.getServiceId()));
	}

	private Set<Department> audiences(List<Long> ids) {
		Map<Long, Department> all = this.departments.all()
			.stream()
			.collect(Collectors.toMap(Department::getId, Function.identity()));
		Set<Department> chosen = new LinkedHashSet<>();
		for (Long id : ids) {
			Department department = all.get(id);
			if (department == null) {
				throw new FieldException("audienceIds", "training.audience.unknown");
			}
			chosen.add(department);
		}
		return chosen;
	}

	static String materials(String text) {
		String value = Text.blankToNull(text);
		if (value == null) {
			return null;
		}
		StringBuilder links = new StringBuilder();
		for (String line : value.split("\\R")) {
			String link = line.trim();
			if (link.isEmpty()) {
				continue;
			}
			if (!(link.startsWith("https://") || link.startsWith("http://")) || link.contains(" ")) {
				throw new FieldException("materials", "training.materials.invalid");
			}
			links.append(link).append('\n');
		}
		return links.isEmpty() ? null : links.toString().strip();
	}

}
