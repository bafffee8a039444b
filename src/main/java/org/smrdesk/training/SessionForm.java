package org.smrdesk.training;

import java.time.LocalDateTime;
import java.time.ZoneId;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the lead types to plan or change a session. The start is local time in the
 * configured zone ({@code smr.time-zone}).
 */
public class SessionForm {

	private Long id;

	private Long version;

	@NotNull
	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime startsAt;

	@NotNull
	@Min(5)
	@Max(1440)
	private Integer durationMinutes = 90;

	@NotBlank
	@Size(max = 300)
	private String location;

	@NotNull
	@Min(1)
	@Max(10000)
	private Integer capacity = 20;

	public SessionForm() {
	}

	SessionForm(TrainingSession session, ZoneId zone) {
		this.id = session.getId();
		this.version = session.getVersion();
		this.startsAt = LocalDateTime.ofInstant(session.getStartsAt(), zone);
		this.durationMinutes = session.getDurationMinutes();
		this.location = session.getLocation();
		this.capacity = session.getCapacity();
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

	public LocalDateTime getStartsAt() {
		return this.startsAt;
	}

	public void setStartsAt(LocalDateTime startsAt) {
		this.startsAt = startsAt;
	}

	public Integer getDurationMinutes() {
		return this.durationMinutes;
	}

	public void setDurationMinutes(Integer durationMinutes) {
		this.durationMinutes = durationMinutes;
	}

	public String getLocation() {
		return this.location;
	}

	public void setLocation(String location) {
		this.location = location;
	}

	public Integer getCapacity() {
		return this.capacity;
	}

	public void setCapacity(Integer capacity) {
		this.capacity = capacity;
	}

}
