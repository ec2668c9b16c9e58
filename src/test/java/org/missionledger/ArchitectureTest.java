package org.missionledger;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.missionledger.platform.axon.AxonConfiguration;
import org.missionledger.platform.eventstore.AggregateAlreadyExistsException;
import org.missionledger.platform.eventstore.EventLog;
import org.missionledger.platform.eventstore.GlobalIndexClosedException;
import org.missionledger.platform.eventstore.GlobalIndexEventStorageEngine;
import org.missionledger.platform.eventstore.StoredEvent;

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

    // ------------------------------------------------------------------- the event store behind one port (issue 15)

    @Test
    void onlyTheEventStoreAndItsAxonWiringNameTheStorageEngine() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.missionledger.platform.eventstore..")
                // the one bean method that hands the engine to Axon (and to everyone else as the EventLog)
                .and()
                .doNotBelongToAnyOf(AxonConfiguration.class)
                // the benchmark harness measures the engine itself (it moves out of the product, issue 15 item 6)
                .and()
                .resideOutsideOfPackage("org.missionledger.bench..")
                .should()
                .dependOnClassesThat()
                .belongToAnyOf(GlobalIndexEventStorageEngine.class)
                .because("the rest of the code reads the store through the EventLog port")
                .check(classes);
    }

    @Test
    void webPackagesSeeTheEventStoreOnlyThroughItsPort() {
        noClasses()
                .that()
                .resideInAPackage("org.missionledger..web..")
                .should()
                .dependOnClassesThat(resideInAPackage("org.missionledger.platform.eventstore..")
                        .and(not(belongToAnyOf(
                                EventLog.class,
                                StoredEvent.class,
                                // the refusals an append raises through Axon, mapped to problem details
                                AggregateAlreadyExistsException.class,
                                GlobalIndexClosedException.class))))
                .because("controllers read events through the EventLog port, never the engine or stored documents")
                .check(classes);
    }
}
