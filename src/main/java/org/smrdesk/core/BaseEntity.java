package org.smrdesk.core;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * Identity and optimistic locking shared by every entity.
 */
@MappedSuperclass
public abstract class BaseEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public boolean isNew() {
		return this.id == null;
	}

	/**
	 * Refuses a change made from a form opened on an older version of this record.
	 * @param expected the version the form was opened on
	 * @throws ConcurrentEditException if someone saved the record since
	 */
	public void checkVersion(Long expected) {
		if (expected == null || expected != this.version) {
			throw new ConcurrentEditException(getClass().getSimpleName(), this.id);
		}
	}

}
