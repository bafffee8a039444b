package org.smrdesk.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The properties a list may be sorted by, declared on the handler's {@code Pageable} or
 * {@code Sort} parameter. Any other {@code sort} value in the request (an unknown or
 * nested property, a property the role may not see) is refused with 400 by
 * {@link SortInput} before the handler runs; a list without this annotation accepts no
 * {@code sort} parameter at all.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SortableBy {

	/**
	 * Properties everyone who may see the list may sort by.
	 * @return the property paths, as the pages' sort links write them
	 */
	String[] value();

	/**
	 * Properties only the lead and managers may sort by (fields hidden from staff, such
	 * as a vendor's cost).
	 * @return the property paths
	 */
	String[] overseers() default {};

}
