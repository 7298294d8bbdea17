package org.likelihoodlab.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** design.md's layers: JavaFX only in ui, arrows pointing one way. */
@AnalyzeClasses(packages = "org.likelihoodlab", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule javafxOnlyInUi = noClasses().that().resideOutsideOfPackage("org.likelihoodlab.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jfree.chart.fx..");

    @ArchTest
    static final ArchRule coreKnowsNoCharts = noClasses()
            .that().resideInAnyPackage("org.likelihoodlab.math..", "org.likelihoodlab.optim..",
                "org.likelihoodlab.experiment..", "org.likelihoodlab.io..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jfree..", "java.awt..", "javax.swing..");

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("math").definedBy("org.likelihoodlab.math..")
            .layer("optim").definedBy("org.likelihoodlab.optim..")
            .layer("experiment").definedBy("org.likelihoodlab.experiment..")
            .layer("io").definedBy("org.likelihoodlab.io..")
            .layer("charts").definedBy("org.likelihoodlab.charts..")
            .layer("cli").definedBy("org.likelihoodlab.cli..")
            .layer("ui").definedBy("org.likelihoodlab.ui..")
            .whereLayer("ui").mayNotBeAccessedByAnyLayer()
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("charts").mayOnlyBeAccessedByLayers("cli", "ui")
            .whereLayer("io").mayOnlyBeAccessedByLayers("charts", "cli", "ui")
            .whereLayer("experiment").mayOnlyBeAccessedByLayers("io", "charts", "cli", "ui")
            .whereLayer("optim").mayOnlyBeAccessedByLayers("experiment", "io", "charts", "cli", "ui")
            .whereLayer("math").mayOnlyBeAccessedByLayers("optim", "experiment", "io", "charts", "cli", "ui");
}
