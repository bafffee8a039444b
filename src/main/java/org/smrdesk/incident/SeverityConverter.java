package org.smrdesk.incident;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link Severity} as its level (1–4).
 */
@Converter(autoApply = true)
class SeverityConverter implements AttributeConverter<Severity, Integer> {

	@Override
	public Integer convertToDatabaseColumn(Severity severity) {
		return (severity != null) ? severity.getLevel() : null;
	}

	@Override
	public Severity convertToEntityAttribute(Integer level) {
		return (level != null) ? Severity.of(level) : null;
	}

}
