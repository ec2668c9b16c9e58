package org.missionledger.common.command;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;
import org.missionledger.common.api.RefusalCode;

/** Hamcrest matchers for refusals, for {@code ResultValidator.expectException(Matcher)}. */
public final class Refusals {

    private Refusals() {}

    /** A {@link CommandRefused} carrying {@code code}. */
    public static Matcher<CommandRefused> refusedWith(RefusalCode code) {
        return new TypeSafeDiagnosingMatcher<>() {
            @Override
            protected boolean matchesSafely(CommandRefused refusal, Description mismatch) {
                if (refusal.code() != code) {
                    mismatch.appendText("was refused with ")
                            .appendValue(refusal.code())
                            .appendText(": ")
                            .appendValue(refusal.detail());
                    return false;
                }
                return true;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a CommandRefused with code ").appendValue(code);
            }
        };
    }
}
