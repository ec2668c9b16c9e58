package org.missionledger.common.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class outside a feature's {@code api} package that other features and the command line may use: an
 * application service (a use case they call) or a published read-side building block (a pure fold other features'
 * projections reuse). Everything else in a feature's {@code command}, {@code query} and {@code web} packages is
 * internal to it; {@code ArchitectureTest} holds the line. Nested types of a marked class are part of it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface FeatureApi {

    /** Why other features need it, in a few words. */
    String value();
}
