package org.missionledger.source.query;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** What the source watch last saw of a URL ({@code _id} = source id). */
public final class SourceStateDocument {

    @JsonProperty("_id")
    public String sourceId;

    /** Global index of the last event applied. */
    public long position;

    public String url;
    public int observations;
    /** Global index of the last {@code SourceObserved}: ledger events after it are "since the last observation". */
    public long lastObservedPosition;

    public Instant lastRetrievedAt;
    public int lastStatus;
    /** The last readable text seen while the page was there (kept while it is gone, to diff when it comes back). */
    public String lastText;

    public String lastTextSha256;
    public String lastContentSha256;
    public String etag;
    public String lastModified;
}
