package org.missionledger.platform.security;

import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The credential of the local operator: the command line on the server's own machine, writing through the server's
 * HTTP API while the server holds the ledger. A random secret made at each start and written only to the data
 * directory's {@code instance.json} (permissions 600): whoever can read it can already read the store and the key
 * beside it. It signs in as {@value #NAME} (ADMIN, every body) with HTTP Basic.
 */
public final class LocalOperator {

    public static final String NAME = "local-operator";

    private final String secret;
    private final String hash;

    public LocalOperator(PasswordEncoder encoder) {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        this.secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        this.hash = encoder.encode(secret);
    }

    /** The secret, for instance.json only. */
    public String secret() {
        return secret;
    }

    String hash() {
        return hash;
    }
}
