package org.smrdesk.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import org.junit.jupiter.api.Test;

import org.springframework.data.domain.Page;
import org.springframework.data.jpa.repository.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The boundaries of STYLE.md, checked: features reach each other through services only,
 * core knows no feature, and every controller says who may call it.
 */
class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.smrdesk");

	@Test
	void coreDependsOnNoFeature() {
		noClasses().that()
			.resideInAPackage("org.smrdesk.core..")
			.should()
			.dependOnClassesThat()
			.resideOutsideOfPackages("org.smrdesk.core..", "java..", "jakarta..", "org.springframework..",
					"org.hibernate..", "org.apache..", "org.commonmark..", "org.owasp..", "com.fasterxml..",
					"tools.jackson..", "org.jspecify..", "org.slf4j..", "net.javacrumbs.shedlock..", "org.flywaydb..",
					"io.micrometer..", "org.aopalliance..", "javax.sql..", "org.thymeleaf..",
					// the OpenAPI conventions of every API route
					// (core.OpenApiConfiguration)
					"io.swagger..", "org.springdoc..",
					// the request pool of the session read and the rights check
					// (core.SessionConfiguration)
					"com.zaxxer.hikari..",
					// the page cache: its store, and the statements each page sends
					// (core.pagecache); how PostgreSQL plans each statement
					// (core.StatementPlanning)
					"com.github.benmanes.caffeine..", "net.ttddyy.dsproxy..", "org.postgresql..")
			.check(CLASSES);
	}

	@Test
	void featuresUseOtherFeaturesRepositoriesAndControllersNever() {
		classes().that()
			.haveSimpleNameEndingWith("Repository")
			.or()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should(onlyBeUsedWithinTheirPackage())
			.check(CLASSES);
	}

	@Test
	void featuresDependOnEachOtherWithoutCycles() {
		slices().matching("org.smrdesk.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void everyControllerDeclaresWhoMayCallIt() {
		classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.and()
			.doNotHaveSimpleName("LoginController")
			.should(declareAuthorizationOnEveryHandler())
			.check(CLASSES);
	}

	@Test
	void everyPagedQueryDeclaresItsCount() {
		methods().that()
			.areAnnotatedWith(Query.class)
			.and()
			.haveRawReturnType(Page.class)
			.should(declareACountQuery())
			.because("a derived count makes Spring Data parse the query at start-up (core.DeferredQueryParsing)")
			.check(CLASSES);
	}

	private static ArchCondition<JavaMethod> declareACountQuery() {
		return new ArchCondition<>("declare countQuery in @Query") {
			@Override
			public void check(JavaMethod method, ConditionEvents events) {
				Query query = method.getAnnotationOfType(Query.class);
				if (query.countQuery().isEmpty() && !query.nativeQuery()) {
					events
						.add(SimpleConditionEvent.violated(method, method.getFullName() + " derives its count query"));
				}
			}
		};
	}

	private static ArchCondition<JavaClass> onlyBeUsedWithinTheirPackage() {
		return new ArchCondition<>("only be used within their own package") {
			@Override
			public void check(JavaClass type, ConditionEvents events) {
				type.getDirectDependenciesToSelf().forEach((dependency) -> {
					JavaClass origin = dependency.getOriginClass();
					if (!origin.getPackageName().equals(type.getPackageName())) {
						events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
					}
				});
			}
		};
	}

	private static ArchCondition<JavaClass> declareAuthorizationOnEveryHandler() {
		return new ArchCondition<>("declare @PreAuthorize on the class or on every handler method") {
			@Override
			public void check(JavaClass type, ConditionEvents events) {
				if (type.isAnnotatedWith(PreAuthorize.class)) {
					return;
				}
				for (JavaMethod method : type.getMethods()) {
					boolean handler = method.isMetaAnnotatedWith(RequestMapping.class);
					if (handler && !method.isAnnotatedWith(PreAuthorize.class)) {
						events
							.add(SimpleConditionEvent.violated(method, method.getFullName() + " has no @PreAuthorize"));
					}
				}
			}
		};
	}

}
