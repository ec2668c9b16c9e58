package org.missionledger.common.api;

/**
 * One field's value before and after a change, as display strings ({@code null} = not set).
 *
 * @param field the field name as used in the API
 * @param before the value before
 * @param after the value after
 */
public record FieldChange(String field, String before, String after) {}
