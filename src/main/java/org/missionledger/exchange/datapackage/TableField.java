package org.missionledger.exchange.datapackage;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes one column of a CSV row record for its Frictionless Table Schema. The column's name and position come from
 * the record itself (the very CSV writer that writes the file), so the schema cannot drift from the header; this only
 * adds what the Java type does not say.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface TableField {

    /** What the column holds, for people. */
    String description();

    /**
     * The Table Schema type when the Java type does not imply it (a {@code String} component holding a date or a
     * number); empty: from the Java type.
     */
    String type() default "";

    /** The Table Schema format (e.g. {@code uri}, or a date-time pattern); empty: the type's default. */
    String format() default "";

    /** Whether every row has a value ({@code constraints.required}). */
    boolean required() default false;

    /** The enumeration whose constant names are the values allowed ({@code constraints.enum}); {@link Any}: any. */
    Class<? extends Enum<?>> oneOf() default Any.class;

    /** No restriction to an enumeration. */
    enum Any {}
}
