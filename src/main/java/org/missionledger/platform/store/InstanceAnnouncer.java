package org.missionledger.platform.store;

import org.missionledger.platform.security.LocalOperator;
import org.missionledger.platform.security.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Once the server listens, tells the tools where: its HTTP URL goes into the writer lease (for commands that find the
 * server through the store) and, with the local operator's credential, into the data directory's {@code
 * instance.json} (permissions 600), so that a command given this data directory writes through this server.
 */
@Component
@ConditionalOnWebApplication
class InstanceAnnouncer implements ApplicationListener<WebServerInitializedEvent> {

    private static final Logger log = LoggerFactory.getLogger(InstanceAnnouncer.class);

    private final LedgerStore store;
    private final WriterLease lease;
    private final DataDirectory dataDirectory;
    private final StoreProperties storeProperties;
    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final org.springframework.core.env.Environment environment;

    InstanceAnnouncer(
            LedgerStore store,
            WriterLease lease,
            DataDirectory dataDirectory,
            StoreProperties storeProperties,
            UserAccounts accounts,
            PasswordEncoder encoder,
            org.springframework.core.env.Environment environment) {
        this.store = store;
        this.lease = lease;
        this.dataDirectory = dataDirectory;
        this.storeProperties = storeProperties;
        this.accounts = accounts;
        this.encoder = encoder;
        this.environment = environment;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() != null) {
            return; // the management server, if separate
        }
        String address = environment.getProperty("server.address", "127.0.0.1");
        if (address.equals("0.0.0.0") || address.equals("::")) {
            address = "127.0.0.1";
        }
        String url = "http://" + (address.contains(":") ? "[" + address + "]" : address) + ":"
                + event.getWebServer().getPort();
        if (!lease.held()) {
            return;
        }
        lease.publishUrl(url);
        if (storeProperties.embedded().backend() == StoreProperties.Backend.MEMORY) {
            return;
        }
        LocalOperator operator = new LocalOperator(encoder);
        accounts.allow(operator);
        DataDirectory.Instance instance = dataDirectory
                .instance()
                .filter(i -> i.pid() == ProcessHandle.current().pid())
                .orElseGet(() -> new DataDirectory.Instance(
                        null,
                        ProcessHandle.current().pid(),
                        null,
                        null,
                        null,
                        java.time.Instant.now().toString()));
        dataDirectory.writeInstance(
                instance.withLedgerId(dataDirectory.ledgerId().orElse(null)).withHttp(url, operator.secret()));
        if (store.publishedIn().isEmpty()) {
            store.publishIn(dataDirectory);
        }
        log.info("Serving ledger {} at {}", dataDirectory.ledgerId().orElse("?"), url);
    }
}
