package org.missionledger.exchange.demo;

import java.io.IOException;
import org.missionledger.common.api.FeatureApi;
import org.missionledger.exchange.format.ImportInput;
import org.missionledger.exchange.format.InputFormat;
import org.springframework.core.io.ClassPathResource;

/** The demo ledger shipped in the jar: an import file built only from public facts (docs/demo-ledger.md). */
@FeatureApi("the demo ledger as an import input, for the command line")
public final class DemoLedger {

    public static final String RESOURCE = "demo/demo-ledger.yaml";
    public static final String ACTOR = "system:demo-loader";

    private DemoLedger() {}

    public static ImportInput input() {
        ClassPathResource resource = new ClassPathResource(RESOURCE);
        long size;
        try {
            size = resource.contentLength();
        } catch (IOException e) {
            size = -1;
        }
        return new ImportInput("classpath:" + RESOURCE, InputFormat.YAML, size, resource::getInputStream);
    }
}
