package org.corporateparenting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The modules talk through their API packages and events only, and the tenancy plumbing stays in tenancy. Also
 * writes the module diagrams into docs/modules/.
 */
class ModularityUnitTest {

	static final ApplicationModules modules = ApplicationModules.of(CorporateParentingPlatform.class);

	/**
	 * Ours, not those Spring's ahead-of-time processing generates beside them once the jar is packaged
	 * ({@code CouncilRegistry__BeanDefinitions} registers every bean, whatever its module).
	 */
	static final JavaClasses productionClasses = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.withImportOption(location -> !location.contains("__"))
		.importPackages("org.corporateparenting");

	@Test
	void modulesOnlyUseEachOthersApiAndEvents() {
		modules.verify();
	}

	@Test
	void onlyTenancyTouchesConnectionsSchemasAndTheCouncilContextsInternals() {
		noClasses().that()
			.resideOutsideOfPackage("org.corporateparenting.tenancy..")
			.should()
			.dependOnClassesThat()
			.haveFullyQualifiedName("java.sql.Connection")
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("javax.sql.DataSource")
			.orShould()
			.dependOnClassesThat()
			.resideInAnyPackage("org.hibernate.engine.jdbc.connections..", "org.hibernate.context.spi..",
					"org.corporateparenting.tenancy.database..", "org.corporateparenting.tenancy.migration..",
					"org.corporateparenting.tenancy.registry..", "liquibase..")
			.orShould()
			.callMethod(java.sql.Connection.class, "setCatalog", String.class)
			.because("schema routing, migrations and the registry's tables belong to the tenancy module")
			.check(productionClasses);
	}

	@Test
	void writesTheModuleDiagrams() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("../docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}
}
