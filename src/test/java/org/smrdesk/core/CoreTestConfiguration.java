package org.smrdesk.core;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The core beans a test slice needs but does not scan: JPA auditing with the clock, the
 * audit-log listener, the message source with every feature's copy, and the pager links.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ PersistenceConfiguration.class, AuditLog.class, AuditLogListener.class, DatabaseRolesConfiguration.class })
public class CoreTestConfiguration {

}
