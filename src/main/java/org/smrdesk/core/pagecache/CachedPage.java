package org.smrdesk.core.pagecache;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A page whose response may be kept for the session that asked for it and sent again
 * while no data has changed ({@link PageCache}). Only for a {@code GET} handler whose
 * response depends on nothing but the database, the signed-in user, the request (path,
 * query, headers) and the time of day to the minute: not on the session's other contents
 * (a pending second factor, a wizard's state), not on another system, not on memory of
 * this node (a job's progress). Responses with a flash message, an error or a redirect
 * are never kept. Large responses (an export) pass through unkept.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface CachedPage {

}
