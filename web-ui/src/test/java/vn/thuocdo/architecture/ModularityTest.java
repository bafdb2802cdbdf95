package vn.thuocdo.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import vn.thuocdo.ThuocDoApplication;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ModularityTest {

    /**
     * The processes module's test harness (its test-jar: fixtures such as FieldworkScene, ApprovedRounds) is on this
     * test's classpath as a jar when Maven builds the whole reactor, where ArchUnit's "no tests" option (which knows
     * test-classes folders only) does not see it; it is test code, not a capability's.
     */
    private static final com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass>
            TEST_HARNESS = com.tngtech.archunit.base.DescribedPredicate.describe("the processes test harness",
            type -> type.getSource().map(source -> source.getUri().toString().contains("-tests.jar")).orElse(false));

    /**
     * The forms Maven module is the methodology as a library every capability reads (questionnaires, designs,
     * frames), kept below processes by Maven itself; it is not a capability with internals of its own, so its
     * packages are left out of the module model rather than each capability being refused its sub-packages.
     */
    // Static: JUnit makes an instance per test, and analysing every class of the application is the slow part.
    private static final ApplicationModules modules = ApplicationModules.of(ThuocDoApplication.class,
            com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("vn.thuocdo.forms..")
                    .or(TEST_HARNESS));

    @Test
    void capabilitiesDependOnEachOtherOnlyThroughTheirApiAndWithoutCycles() {
        modules.verify();
    }

    @Test
    void onlyProcessPackagesTouchTheWorkflowEngine() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.thuocdo", "db.migration");
        noClasses().that().resideOutsideOfPackage("..process..")
                .should().dependOnClassesThat().resideInAnyPackage("org.camunda..", "org.operaton..")
                .because("Camunda 7.24 is the last community release: a move to Operaton must touch *.process only")
                .check(classes);
    }

    @Test
    void writesTheModuleDocumentation() {
        // Generated into target/spring-modulith-docs: a current picture of the capabilities and their arrows.
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
