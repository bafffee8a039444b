package org.smrdesk.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an API request body that another system writes in its own format (a vendor's
 * webhook), whose fields we do not all read: unknown fields are ignored there instead of
 * refused with 400 as everywhere else in the API ({@link ApiJson}).
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface AcceptsUnknownFields {

}
