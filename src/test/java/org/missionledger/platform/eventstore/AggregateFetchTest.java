package org.missionledger.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.missionledger.platform.eventstore.EngineFixture.event;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The first lookup of an aggregate load can be sized to the snapshot threshold: one events read per load. */
class AggregateFetchTest {

    private final EngineFixture fixture = new EngineFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aFirstFetchAboveTheEventsToLoadFindsThemInOneLookup() {
        CountingEngine defaults = (CountingEngine) fixture.engine(Duration.ofSeconds(5), CountingEngine::new);
        for (int i = 0; i < 20; i++) {
            defaults.appendEvents(event("a", i, "a" + i));
        }
        assertThat(defaults.readEvents("a").asStream()).hasSize(20);
        assertThat(defaults.lookups.get()).isEqualTo(2); // 8, then 32

        CountingEngine sized = (CountingEngine)
                fixture.engine(Duration.ofSeconds(5), b -> new CountingEngine(b.firstAggregateFetch(24)));
        assertThat(sized.readEvents("a").asStream())
                .extracting(DomainEventMessage::getSequenceNumber)
                .containsExactlyElementsOf(
                        java.util.stream.LongStream.range(0, 20).boxed().toList());
        assertThat(sized.lookups.get()).isEqualTo(1);
    }

    static final class CountingEngine extends GlobalIndexEventStorageEngine {
        final AtomicInteger lookups = new AtomicInteger();

        CountingEngine(Builder builder) {
            super(builder);
        }

        @Override
        protected List<? extends DomainEventData<?>> fetchDomainEvents(
                String aggregateIdentifier, long firstSequenceNumber, int batchSize) {
            lookups.incrementAndGet();
            return super.fetchDomainEvents(aggregateIdentifier, firstSequenceNumber, batchSize);
        }
    }
}
