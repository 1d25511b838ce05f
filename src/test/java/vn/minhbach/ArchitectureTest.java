package vn.minhbach;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.minhbach.cli.Main;

/**
 * The package arrows of docs/architecture.md, checked on the compiled main classes: a change that makes an
 * arrow run the other way, or adds one the table below does not list, fails the build.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = importMainClasses();

    /** What every stage may use: the records, the values, the config and the page readers. */
    private static final String[] BASE = {"model", "text", "config", "html", "i18n"};

    @Test
    void theLayersAreUsedFromAboveOnly() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Entry").definedBy(packages("cli", "serve", "web"))
                .layer("Tools").definedBy(packages("demo", "doctor", "explain"))
                .layer("Audit").definedBy(packages("audit"))
                .layer("Stages").definedBy(packages("crawl", "render", "extract", "check", "document", "store",
                        "evidence", "history", "period", "report", "mail"))
                .layer("Base").definedBy(packages(BASE))
                .whereLayer("Entry").mayNotBeAccessedByAnyLayer()
                .whereLayer("Tools").mayOnlyBeAccessedByLayers("Entry")
                .whereLayer("Audit").mayOnlyBeAccessedByLayers("Entry")
                .whereLayer("Stages").mayOnlyBeAccessedByLayers("Entry", "Tools", "Audit")
                .check(CLASSES);
    }

    @Test
    void modelImportsNothingOfTheProject() {
        noClasses().that().resideInAPackage("vn.minhbach.model..")
                .should().dependOnClassesThat(resideInAPackage("vn.minhbach..")
                        .and(not(resideInAPackage("vn.minhbach.model.."))))
                .check(CLASSES);
    }

    @Test
    void noCycleBetweenPackages() {
        slices().matching("vn.minhbach.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    /** Each stage, and the other stages it may use besides the base. */
    static Stream<Arguments> stageArrows() {
        return Stream.of(
                Arguments.of("model", new String[] {}),
                Arguments.of("text", new String[] {}),
                Arguments.of("config", new String[] {"model", "i18n"}),
                Arguments.of("html", new String[] {"model"}),
                Arguments.of("i18n", new String[] {"model"}),
                Arguments.of("document", new String[] {"text"}),
                Arguments.of("crawl", BASE),
                Arguments.of("render", concat(BASE, "crawl")),
                Arguments.of("extract", BASE),
                Arguments.of("check", concat(BASE, "extract", "document")),
                Arguments.of("store", concat(BASE, "crawl")),
                Arguments.of("evidence", concat(BASE, "crawl", "store")),
                Arguments.of("history", concat(BASE, "store")),
                Arguments.of("period", concat(BASE, "history", "store")),
                Arguments.of("report", concat(BASE, "history", "period")),
                Arguments.of("mail", concat(BASE, "report", "history", "store")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stageArrows")
    void aStageUsesOnlyWhatItsArrowsAllow(String stage, String[] allowed) {
        noClasses().that().resideInAPackage("vn.minhbach." + stage + "..")
                .should().dependOnClassesThat(resideInAPackage("vn.minhbach..")
                        .and(not(resideInAnyPackage(packages(concat(allowed, stage))))))
                .check(CLASSES);
    }

    /**
     * The main classes, read from where {@link Main} was compiled: only the project's own classes matter here,
     * and searching every library on the class path for them, or reading the library classes they touch, takes
     * most of a minute.
     */
    private static JavaClasses importMainClasses() {
        ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(false);
        try {
            Path main = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPath(main);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the main classes", e);
        }
    }

    private static String[] packages(String... names) {
        return Arrays.stream(names).map(n -> "vn.minhbach." + n + "..").toArray(String[]::new);
    }

    private static String[] concat(String[] first, String... more) {
        return Stream.concat(Arrays.stream(first), Arrays.stream(more)).toArray(String[]::new);
    }
}
