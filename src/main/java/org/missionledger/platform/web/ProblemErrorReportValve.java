package org.missionledger.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Requests Tomcat refuses before the application sees them (an invalid URI such as {@code %00}, malformed headers)
 * get a problem detail instead of Tomcat's HTML error page, and never a server version or stack trace.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    public ProblemErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        String slug = known == null ? "http-" + status : ProblemSlugs.of(known);
        String body = "{\"type\":\"" + Problems.TYPE_BASE + slug + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"The request was rejected by the server before it was read.\"}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client has gone; nothing more to say
        }
    }
}
