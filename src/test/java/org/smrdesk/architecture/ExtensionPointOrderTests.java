package org.smrdesk.architecture;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smrdesk.activity.ActivityLinkSource;
import org.smrdesk.core.AlertSource;
import org.smrdesk.core.CalendarSource;
import org.smrdesk.core.HomePanel;
import org.smrdesk.core.RecordLinkSource;
import org.smrdesk.directory.DirectorySource;

import org.springframework.core.annotation.Order;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Home panels, directory sections and linked-record sections are placed with Spring's
 * {@code @Order}: every contribution says where it goes, and no two share a place (their
 * order would be chance).
 */
class ExtensionPointOrderTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.smrdesk");

	private static final Map<String, Class<?>> POINTS = Map.of("HomePanel", HomePanel.class, "DirectorySource",
			DirectorySource.class, "ActivityLinkSource", ActivityLinkSource.class, "RecordLinkSource",
			RecordLinkSource.class, "AlertSource", AlertSource.class, "CalendarSource", CalendarSource.class);

	@ParameterizedTest
	@ValueSource(strings = { "HomePanel", "DirectorySource", "ActivityLinkSource", "RecordLinkSource", "AlertSource",
			"CalendarSource" })
	void everyContributionHasAnOrderOfItsOwn(String point) {
		List<JavaClass> contributions = CLASSES.stream()
			.filter((type) -> !type.isInterface() && !type.getModifiers().contains(JavaModifier.ABSTRACT)
					&& type.isAssignableTo(POINTS.get(point)))
			.toList();
		assertThat(contributions).isNotEmpty();
		Map<Integer, String> taken = new HashMap<>();
		for (JavaClass contribution : contributions) {
			assertThat(contribution.isAnnotatedWith(Order.class)).as("%s has @Order", contribution.getName()).isTrue();
			int order = contribution.getAnnotationOfType(Order.class).value();
			String other = taken.put(order, contribution.getName());
			assertThat(other).as("%s and %s share @Order(%d)", other, contribution.getName(), order).isNull();
		}
	}

}
