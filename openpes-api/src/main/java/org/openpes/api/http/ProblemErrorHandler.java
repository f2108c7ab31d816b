package org.openpes.api.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.openpes.core.error.ErrorCode;

/**
 * Jetty's own errors (a request it cannot parse, a URI or header too long) as problem documents (OPES-API-008) like
 * every other error of the API, instead of Jetty's HTML page. The request's text is never echoed.
 */
public final class ProblemErrorHandler extends ErrorHandler {
    @Override
    protected void generateResponse(Request request, Response response, int status, String message, Throwable cause,
            Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
        response.write(true, ByteBuffer.wrap(body(status, message)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE));
        return ByteBuffer.wrap(body(status, reason));
    }

    private static byte[] body(int status, String reason) {
        String why = reason == null || reason.isBlank() ? "status " + status : reason.replaceAll("[^\\p{Alnum} ._:-]", "");
        String detail = ErrorCode.API_008.format(why.length() > 80 ? why.substring(0, 80) : why);
        return ("{\"type\":\"https://openpes.org/problems/OPES-API-008\",\"title\":\"Bad request\",\"status\":" + status
                + ",\"detail\":\"" + detail.replace("\\", "").replace("\"", "'") + "\",\"code\":\"OPES-API-008\"}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
