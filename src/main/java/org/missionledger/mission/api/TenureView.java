package org.missionledger.mission.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A tenure in the accountability roster, bitemporal: its effective period (valid time) as the record stood at the
 * moment asked about, and every recorded state of it (transaction time).
 *
 * @param tenureId the tenure
 * @param scope mission or target
 * @param targetId the target, for scope {@code TARGET}
 * @param role the role
 * @param holder who, in which post
 * @param effectiveFrom first day
 * @param effectiveTo end, exclusive (absent while open)
 * @param recordedAt when the tenure was first recorded
 * @param lastRecordedAt when its latest state was recorded
 * @param versions every recorded state, oldest first
 */
public record TenureView(
        String tenureId,
        AccountableView.Scope scope,
        String targetId,
        AccountableRole role,
        Holder holder,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        Instant recordedAt,
        Instant lastRecordedAt,
        List<TenureVersionView> versions) {}
