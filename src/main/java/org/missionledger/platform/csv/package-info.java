/** CSV writing shared by every CSV the ledger produces: cells neutralised against spreadsheet formula injection. */
package org.missionledger.platform.csv;
