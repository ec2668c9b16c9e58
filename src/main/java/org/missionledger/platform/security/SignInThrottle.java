package org.missionledger.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Backoff for failed sign-ins, per account and per client address: the first few failures cost nothing; each further
 * failure blocks the next attempt for twice as long as the one before (1 s, 2 s, 4 s … at most 15 minutes). A
 * successful sign-in clears the account's record; a record with no failure for 15 minutes is forgotten. Nothing is
 * ever locked for good: the longest wait is {@link #MAX_BLOCK}, and it only lasts while failures go on.
 *
 * <p>Per account, an attacker guessing one user's password is slowed down whatever addresses they use; per client,
 * one address trying many accounts (password spraying) is slowed down too, with a higher allowance since several
 * people may share an address. In memory: one instance per server (a restart forgets, which only helps the user).
 */
public final class SignInThrottle {

    /** Failures per account before the backoff starts. */
    static final int FREE_ACCOUNT_FAILURES = 5;
    /** Failures per client address before the backoff starts. */
    static final int FREE_CLIENT_FAILURES = 20;
    /** The first wait. */
    static final Duration FIRST_BLOCK = Duration.ofSeconds(1);
    /** The longest wait. */
    static final Duration MAX_BLOCK = Duration.ofMinutes(15);
    /** A record without a failure for this long is forgotten. */
    static final Duration FORGET_AFTER = Duration.ofMinutes(15);

    private record Failures(int count, Instant last, Instant blockedUntil) {}

    private final Clock clock;
    private final Map<String, Failures> records = new ConcurrentHashMap<>();

    public SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * How long a sign-in attempt for {@code account} from {@code client} must wait, if it must.
     *
     * @return the time left, or empty if the attempt may go ahead
     */
    public Optional<Duration> retryAfter(String account, String client) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        for (String key : new String[] {accountKey(account), clientKey(client)}) {
            Failures failures = current(key, now);
            if (failures != null && failures.blockedUntil().isAfter(now)) {
                Duration left = Duration.between(now, failures.blockedUntil());
                wait = left.compareTo(wait) > 0 ? left : wait;
            }
        }
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** Records a failed sign-in. */
    public void failed(String account, String client) {
        Instant now = clock.instant();
        record(accountKey(account), FREE_ACCOUNT_FAILURES, now);
        record(clientKey(client), FREE_CLIENT_FAILURES, now);
        if (records.size() > 100_000) {
            records.entrySet().removeIf(e -> forgotten(e.getValue(), now));
        }
    }

    /** Records a successful sign-in: the account starts afresh. */
    public void succeeded(String account) {
        records.remove(accountKey(account));
    }

    private void record(String key, int free, Instant now) {
        records.compute(key, (k, previous) -> {
            int count = previous == null || forgotten(previous, now) ? 1 : previous.count() + 1;
            Instant blockedUntil = count > free ? now.plus(block(count - free)) : now;
            return new Failures(count, now, blockedUntil);
        });
    }

    /** The wait after the {@code n}-th failure past the allowance: 1 s, 2 s, 4 s … at most {@link #MAX_BLOCK}. */
    static Duration block(int n) {
        if (n >= 20) {
            return MAX_BLOCK;
        }
        Duration wait = FIRST_BLOCK.multipliedBy(1L << (n - 1));
        return wait.compareTo(MAX_BLOCK) > 0 ? MAX_BLOCK : wait;
    }

    private Failures current(String key, Instant now) {
        Failures failures = records.get(key);
        if (failures != null && forgotten(failures, now)) {
            records.remove(key, failures);
            return null;
        }
        return failures;
    }

    private static boolean forgotten(Failures failures, Instant now) {
        return failures.last().plus(FORGET_AFTER).isBefore(now)
                && !failures.blockedUntil().isAfter(now);
    }

    private static String accountKey(String account) {
        return "account:" + (account == null ? "" : account.toLowerCase(java.util.Locale.ROOT));
    }

    private static String clientKey(String client) {
        return "client:" + client;
    }
}
