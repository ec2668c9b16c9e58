/**
 * How features register themselves: each declares a {@link org.missionledger.platform.feature.FeatureRegistration}
 * bean (aggregate types, recording rules of its commands, refusal codes); the platform reads the {@link
 * org.missionledger.platform.feature.FeatureRegistry} and names no feature.
 */
package org.missionledger.platform.feature;
