package org.missionledger.audit.web;

/**
 * Where the pages of the audit trail start.
 *
 * @param from the first position of this page
 * @param previous the first position of the page before (null on the first)
 * @param next the first position of the page after (null on the last)
 * @param latest the first position of the last page
 * @param upTo the last position the trail has reached
 */
public record AuditPaging(long from, Long previous, Long next, long latest, long upTo) {}
