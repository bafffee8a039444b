package org.smrdesk.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.internal.SessionFactoryImpl;
import org.hibernate.persister.entity.EntityPersister;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Writes one audit row ({@link AuditLog}), in the same transaction and on the same
 * connection, for every create, update and delete of an {@link AuditableEntity}. Rows
 * name the changed fields, never their values, so the log holds no personal data.
 */
@Component
class AuditLogListener
		implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener, InitializingBean {

	private static final Set<String> STAMPS = Set.of("version", "createdAt", "createdBy", "updatedAt", "updatedBy");

	private final transient EntityManagerFactory entityManagerFactory;

	private final transient AuditLog log;

	AuditLogListener(EntityManagerFactory entityManagerFactory, AuditLog log) {
		this.entityManagerFactory = entityManagerFactory;
		this.log = log;
	}

	@Override
	public void afterPropertiesSet() {
		EventListenerRegistry registry = this.entityManagerFactory.unwrap(SessionFactoryImpl.class)
			.getServiceRegistry()
			.getService(EventListenerRegistry.class);
		registry.appendListeners(EventType.POST_INSERT, this);
		registry.appendListeners(EventType.POST_UPDATE, this);
		registry.appendListeners(EventType.POST_DELETE, this);
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		if (event.getEntity() instanceof AuditableEntity) {
			List<String> fields = new ArrayList<>();
			String[] names = event.getPersister().getPropertyNames();
			Object[] state = event.getState();
			for (int i = 0; i < names.length; i++) {
				if (state[i] != null && !STAMPS.contains(names[i])) {
					fields.add(names[i]);
				}
			}
			write(event.getSession(), AuditLog.Action.CREATE, event.getEntity(), event.getId(), fields);
		}
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		if (event.getEntity() instanceof AuditableEntity) {
			write(event.getSession(), AuditLog.Action.UPDATE, event.getEntity(), event.getId(), changedFields(event));
		}
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		if (event.getEntity() instanceof AuditableEntity) {
			write(event.getSession(), AuditLog.Action.DELETE, event.getEntity(), event.getId(), List.of());
		}
	}

	private List<String> changedFields(PostUpdateEvent event) {
		EntityPersister persister = event.getPersister();
		String[] names = persister.getPropertyNames();
		List<String> fields = new ArrayList<>();
		int[] dirty = event.getDirtyProperties();
		if (dirty != null) {
			for (int index : dirty) {
				fields.add(names[index]);
			}
		}
		else if (event.getOldState() != null) {
			for (int i = 0; i < names.length; i++) {
				if (!Objects.equals(event.getOldState()[i], event.getState()[i])) {
					fields.add(names[i]);
				}
			}
		}
		fields.removeIf(STAMPS::contains);
		return fields;
	}

	private void write(SharedSessionContractImplementor session, AuditLog.Action action, Object entity, Object id,
			List<String> fields) {
		String actor = PersistenceConfiguration.currentActor();
		session.doWork((connection) -> this.log.write(connection, actor, action.name(),
				entity.getClass().getSimpleName(), ((Number) id).longValue(), fields));
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

}
