package nl.kring.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import org.junit.jupiter.api.Tag;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The fast tier ({@code ./mvnw test -Pfast}) leaves out the groups "ui" and "slow": a screen test that forgot its tag
 * would slow it down, so every test that drives a screen through TestFX, and every fault sweep, carries its tag.
 */
@AnalyzeClasses(packages = "nl.kring", importOptions = ImportOption.OnlyIncludeTests.class)
class TestTiersTest {

    @ArchTest
    static final ArchRule screenTestsAreTaggedUi = classes().that().areTopLevelClasses()
            .and().haveSimpleNameEndingWith("Test")
            .and(useTestFx())
            .should(beTagged("ui"));

    @ArchTest
    static final ArchRule faultSweepsAreTaggedSlow = classes().that().areTopLevelClasses()
            .and().resideInAPackage("nl.kring.fault")
            .and().haveSimpleNameEndingWith("IT")
            .should(beTagged("slow"));

    private static DescribedPredicate<JavaClass> useTestFx() {
        return DescribedPredicate.describe("use TestFX", c -> c.getDirectDependenciesFromSelf().stream()
                .anyMatch(d -> d.getTargetClass().getPackageName().startsWith("org.testfx")));
    }

    private static ArchCondition<JavaClass> beTagged(String tag) {
        return new ArchCondition<>("be annotated with @Tag(\"" + tag + "\")") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                boolean tagged = c.tryGetAnnotationOfType(Tag.class).map(t -> t.value().equals(tag)).orElse(false);
                events.add(new SimpleConditionEvent(c, tagged, c.getName() + (tagged ? " is" : " is not") + " tagged " + tag));
            }
        };
    }
}
