package org.missionledger;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layout's rules: features by package, CQRS roles inside, and the command side independent of the read side. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.missionledger");
    }

    @Test
    void theBenchmarkHarnessAndTheStockEngineStayOutOfTheProduct() {
        // the harness lives in src/bench/java (compiled as test code); the production classes carry none of it and
        // never wire Axon's stock Mongo event store (axon-mongo stays for the token store and dead-letter queue)
        noClasses()
                .should()
                .resideInAPackage("org.missionledger.bench..")
                .orShould()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.missionledger.bench..", "org.axonframework.extensions.mongo.eventsourcing.eventstore..")
                .check(classes);
    }

    @Test
    void theCommandSideNeverDependsOnTheReadSideOrTheWeb() {
        noClasses()
                .that()
                .resideInAPackage("org.missionledger..command..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.missionledger..query..", "org.missionledger..web..", "org.missionledger..pages..")
                .check(classes);
    }

    @Test
    void apiPackagesHoldOnlyMessagesAndValuesNotBehaviourOfOtherLayers() {
        noClasses()
                .that()
                .resideInAPackage("org.missionledger..api..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.missionledger..command..",
                        "org.missionledger..query..",
                        "org.missionledger..web..",
                        "org.missionledger.platform..")
                .check(classes);
    }

    @Test
    void theReadSideNeverDispatchesCommands() {
        noClasses()
                .that()
                .resideInAPackage("org.missionledger..query..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.missionledger..command..", "org.missionledger..web..")
                .check(classes);
    }

    @Test
    void theTransparencyLogCoreIsPureJava() {
        noClasses()
                .that()
                .resideInAnyPackage("org.missionledger.ledger.merkle..", "org.missionledger.ledger.note..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "org.axonframework..", "com.mongodb..", "org.bson..")
                .check(classes);
    }

    @Test
    void eventsAreNeverPersistenceDocuments() {
        noClasses()
                .that()
                .resideInAPackage("org.missionledger..api..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.bson..", "com.mongodb..", "org.springframework.data..")
                .check(classes);
    }
}
