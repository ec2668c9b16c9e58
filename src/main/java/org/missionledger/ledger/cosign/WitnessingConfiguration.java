package org.missionledger.ledger.cosign;

import java.time.Clock;
import org.missionledger.ledger.checkpoint.CheckpointStore;
import org.missionledger.ledger.log.LogProofs;
import org.missionledger.platform.store.LedgerStore;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The witnesses the ledger asks, the cosignatures it keeps, and what it says about them. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WitnessingProperties.class)
public class WitnessingConfiguration {

    @Bean
    public CosignatureStore cosignatureStore(LedgerStore store) {
        return new CosignatureStore(store.database());
    }

    @Bean
    public Witnessing witnessing(
            WitnessingProperties properties,
            CheckpointStore checkpoints,
            LogProofs proofs,
            CosignatureStore store,
            Clock clock) {
        return new Witnessing(properties, checkpoints, proofs, store, clock);
    }

    @Bean
    public Cosignatures cosignatures(Witnessing witnessing, CosignatureStore store) {
        return new Cosignatures(witnessing.witnesses(), store);
    }
}
