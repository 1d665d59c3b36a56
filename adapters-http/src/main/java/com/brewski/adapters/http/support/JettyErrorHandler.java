package com.brewski.adapters.http.support;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The errors Jetty answers itself, before a request reaches the routes (a malformed URI or header):
 * the same {@code {"message": …}} JSON and {@code X-Request-Id} as every other error, never an HTML
 * page or a stack trace.
 */
public final class JettyErrorHandler extends ErrorHandler {
    private static final Logger LOG = LoggerFactory.getLogger(JettyErrorHandler.class);

    public JettyErrorHandler() {
        setShowStacks(false);
        setShowCauses(false);
        setShowOrigin(false);
    }

    /** Every method gets the JSON body: Jetty would answer an empty one to a PATCH, PUT or DELETE it refuses. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        String id = UUID.randomUUID().toString();
        if (code >= 500) LOG.warn("server error {} before routing (requestId {})", code, id, cause);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put(RequestCorrelation.HEADER, id);
        response.write(true, ByteBuffer.wrap(body(code, id)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        String id = UUID.randomUUID().toString();
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        fields.put(RequestCorrelation.HEADER, id);
        return ByteBuffer.wrap(body(status, id));
    }

    private static byte[] body(int code, String id) {
        String json = code >= 500
                ? "{\"message\":\"internal error\",\"correlationId\":\"" + id + "\"}"
                : "{\"message\":\"" + ErrorMapping.defaultMessage(code) + "\"}";
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
