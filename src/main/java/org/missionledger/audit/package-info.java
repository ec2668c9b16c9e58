/**
 * The audit trail: every event in global order with who recorded it, when, with what effect date and evidence, a
 * one-line summary, and corrections linked to what they correct; and the JSON Lines export of the complete history.
 */
package org.missionledger.audit;
