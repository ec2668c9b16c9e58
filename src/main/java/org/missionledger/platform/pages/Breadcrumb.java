package org.missionledger.platform.pages;

/**
 * One step of a page's breadcrumbs.
 *
 * @param label what it reads
 * @param href where it goes (null for the current page)
 */
public record Breadcrumb(String label, String href) {}
