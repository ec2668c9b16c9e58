package org.missionledger.common.query;

/** A query named a record the ledger does not hold (answered 404). */
public class ResourceNotFoundException extends RuntimeException {

    public ResourceNotFoundException(String detail) {
        super(detail, null, false, false);
    }

    public static ResourceNotFoundException mission(String missionId) {
        return new ResourceNotFoundException("No mission '" + missionId + "' is recorded.");
    }

    public static ResourceNotFoundException indicator(String indicatorId) {
        return new ResourceNotFoundException("No indicator '" + indicatorId + "' is recorded.");
    }
}
