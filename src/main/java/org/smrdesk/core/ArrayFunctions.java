package org.smrdesk.core;

import java.util.Collection;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

/**
 * Lets JPQL test a value against a list bound as one array parameter:
 * {@code in_array(:ids, e.id) = true} with a {@code Long[]} (or a {@code String[]} for a
 * text or enum column) is {@code e.id = any(?)}, which PostgreSQL answers through the
 * column's index as it does {@code in}. Hibernate keeps a select's translation only when
 * none of its parameters may take a list: one written {@code in :ids} may, and so may one
 * that is the last argument of a function (hence the value comes last here, and every
 * function of ours takes its parameters first). Registered through
 * {@code META-INF/services}.
 */
public class ArrayFunctions implements FunctionContributor {

	@Override
	public void contributeFunctions(FunctionContributions contributions) {
		contributions.getFunctionRegistry()
			.registerPattern("in_array", "(?2 = any(?1))",
					contributions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN));
	}

	/**
	 * Enum values by name, to bind to {@code in_array} against an enum column stored as
	 * text.
	 * @param values the values
	 * @return their names, in the collection's order
	 */
	public static String[] names(Collection<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).toArray(String[]::new);
	}

}
