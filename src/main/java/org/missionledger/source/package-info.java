/**
 * Cited sources watched for changes: the {@code sources watch} job fetches every cited URL, records a
 * {@code SourceObserved} event when its readable text changed (or it disappeared), and a change with no ledger event
 * about what cites it since is an unlogged change — an alert on {@code /changes} and the feed until a recorder links it
 * to an alteration or marks it not material. The {@code SourceAggregate} is keyed by the SHA-256 of the URL.
 */
package org.missionledger.source;
