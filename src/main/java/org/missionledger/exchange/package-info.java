/**
 * Exchange: getting records into and out of the ledger in bulk. The versioned import format (YAML or JSON, plus CSV
 * for readings) is turned into the very commands a recorder would send by hand; exports read the event store; the
 * demo ledger is an import file loaded on first start.
 */
package org.missionledger.exchange;
