package org.missionledger.platform.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoSocketOpenException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.junit.jupiter.api.Test;

/** Which parked events the writer retries by itself: those a store failure parked, never a projector's own failure. */
class StoreFailureClassificationTest {

    private static DeadLetter<EventMessage<?>> parkedBy(Throwable cause) {
        return new GenericDeadLetter<>("mission-1", GenericEventMessage.asEventMessage("payload"), cause);
    }

    @Test
    void anOutageOrATimeoutOfTheStoreIsRetriedByItself() {
        assertThat(DeadLetters.isStoreFailure(parkedBy(new MongoTimeoutException("no server"))))
                .isTrue();
        assertThat(DeadLetters.isStoreFailure(
                        parkedBy(new MongoSocketOpenException("refused", new ServerAddress("127.0.0.1", 1)))))
                .isTrue();
    }

    @Test
    void aProjectorsOwnFailureWaitsForAnOperator() {
        assertThat(DeadLetters.isStoreFailure(parkedBy(new IllegalArgumentException("poisoned document"))))
                .isFalse();
        assertThat(DeadLetters.isStoreFailure(parkedBy(new NullPointerException())))
                .isFalse();
    }

    @Test
    void aLetterWithoutACauseIsNotAStoreFailure() {
        assertThat(DeadLetters.isStoreFailure(
                        new GenericDeadLetter<>("mission-1", GenericEventMessage.asEventMessage("payload"))))
                .isFalse();
    }
}
