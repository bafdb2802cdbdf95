package vn.thuocdo.publication.site;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The public site reads published data only, through one reader: its package may use the publication capability's
 * API ({@code vn.thuocdo.publication}, where {@code PublicRecord} is), the methodology's texts (forms), the shared
 * formats and limits and the web layer's bundles; never another capability, never the database directly.
 */
class PublicSiteIsolationRulesTest {

    private static final JavaClasses SITE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.thuocdo.publication.site");

    @Test
    void theSiteDependsOnNoOtherCapabilitysInternals() {
        noClasses().that().resideInAPackage("vn.thuocdo.publication.site..")
                .should().dependOnClassesThat(resideInAPackage("vn.thuocdo..")
                        .and(com.tngtech.archunit.base.DescribedPredicate.not(resideInAnyPackage(
                                "vn.thuocdo.publication", "vn.thuocdo.publication.site..", "vn.thuocdo.forms",
                                "vn.thuocdo.shared", "vn.thuocdo.web"))))
                .because("a bug on the public site must not reach unpublished results or individual answers")
                .check(SITE);
    }

    @Test
    void theSiteReadsTheDatabaseOnlyThroughPublicRecord() {
        noClasses().that().resideInAPackage("vn.thuocdo.publication.site..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..",
                        "javax.sql..", "jakarta.persistence..")
                .because("PublicRecord reads only publication*, published_result, recomputed_sipas of published rounds,"
                        + " unit_target and the unit register")
                .check(SITE);
    }
}
