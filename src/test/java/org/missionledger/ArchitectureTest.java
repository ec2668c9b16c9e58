package org.missionledger;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.missionledger.common.api.FeatureApi;
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

    // ------------------------------------------------------------------ boundaries between the rooms (issue 15)

    /** The features: packages that own aggregates, read models or use cases of their own. */
    private static final List<String> FEATURES =
            List.of("mission", "indicator", "source", "audit", "exchange", "ledger");

    /**
     * A feature's public face: its {@code api} packages (messages, views, values) and the classes it marks
     * {@link FeatureApi} (its application services and published folds), with their nested types.
     */
    private static final DescribedPredicate<JavaClass> PUBLIC_FACE_OF_A_FEATURE =
            DescribedPredicate.describe("in an api package or marked @FeatureApi", ArchitectureTest::isPublicFace);

    private static boolean isPublicFace(JavaClass type) {
        if (type.getPackageName().matches("org\\.missionledger\\.[a-z]+\\.api(\\..*)?")) {
            return true;
        }
        for (JavaClass c = type; c != null; c = c.getEnclosingClass().orElse(null)) {
            if (c.isAnnotatedWith(FeatureApi.class)) {
                return true;
            }
        }
        return false;
    }

    private static String[] featurePackages(List<String> names) {
        return names.stream().map(f -> "org.missionledger." + f + "..").toArray(String[]::new);
    }

    @Test
    void thePlatformAndCommonKnowNoFeature() {
        noClasses()
                .that()
                .resideInAnyPackage("org.missionledger.platform..", "org.missionledger.common..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(featurePackages(FEATURES))
                .orShould()
                .dependOnClassesThat()
                .resideInAnyPackage("org.missionledger.cli..", "org.missionledger.bench..")
                .check(classes);
    }

    @Test
    void theCommandLineUsesFeaturesOnlyThroughTheirApiAndApplicationServices() {
        noClasses()
                .that()
                .resideInAPackage("org.missionledger.cli..")
                .should()
                .dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(featurePackages(FEATURES))
                        .and(DescribedPredicate.not(PUBLIC_FACE_OF_A_FEATURE)))
                .orShould()
                .dependOnClassesThat()
                .resideInAnyPackage("org.missionledger.platform.web..", "org.missionledger.platform.pages..")
                .check(classes);
    }

    @Test
    void aFeatureUsesAnotherOnlyThroughItsApiAndApplicationServices() {
        CompositeArchRule rules = null;
        for (String feature : FEATURES) {
            List<String> others =
                    FEATURES.stream().filter(f -> !f.equals(feature)).toList();
            ArchRule rule = noClasses()
                    .that()
                    .resideInAPackage("org.missionledger." + feature + "..")
                    .should()
                    .dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(featurePackages(others))
                            .and(DescribedPredicate.not(PUBLIC_FACE_OF_A_FEATURE)));
            rules = rules == null ? CompositeArchRule.of(rule) : rules.and(rule);
        }
        rules.check(classes);
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
