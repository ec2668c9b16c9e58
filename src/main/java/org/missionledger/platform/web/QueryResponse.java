package org.missionledger.platform.web;

import org.missionledger.platform.projection.ReadModelStatus;

/**
 * The envelope of every JSON query response: the answer, its page (for lists) and how far the views it was read from
 * are behind the event store. The same numbers travel in the {@code X-Read-Model-*} and {@code X-Ledger-Head} headers
 * of every query response, JSON or not.
 *
 * @param data the answer
 * @param page paging of a list (absent for single records)
 * @param readModel the read model's position against the head of the event store
 */
public record QueryResponse<T>(T data, PageInfo page, ReadModelStatus readModel) {}
