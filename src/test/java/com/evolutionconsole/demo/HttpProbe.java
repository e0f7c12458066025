package com.evolutionconsole.demo;

import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/** Plain HTTP calls to an embedded server, for tests: one method, raw paths, bodies sent as given. */
final class HttpProbe {

    /** What came back. */
    record Answer(int status, String contentType, String body) {
    }

    private final OkHttpClient client;
    private final String baseUrl;

    HttpProbe(String baseUrl, Duration readTimeout) {
        this.baseUrl = baseUrl;
        // No silent retry: a dropped connection must surface as a failure.
        this.client = new OkHttpClient.Builder().retryOnConnectionFailure(false).readTimeout(readTimeout).build();
    }

    HttpProbe(String baseUrl) {
        this(baseUrl, Duration.ofSeconds(10));
    }

    /** {@code jsonBody} null sends no body (an empty one for POST), like curl without {@code -d}. */
    Answer send(String method, String rawPath, String apikey, String jsonBody) throws IOException {
        Request.Builder request = new Request.Builder().url(baseUrl + rawPath);
        if (apikey != null) {
            request.header("apikey", apikey);
        }
        RequestBody body = null;
        if (jsonBody != null) {
            body = RequestBody.create(jsonBody.getBytes(StandardCharsets.UTF_8), MediaType.get("application/json"));
        } else if (method.equals("POST")) {
            body = RequestBody.create(new byte[0], null);
        }
        try (Response response = client.newCall(request.method(method, body).build()).execute()) {
            return new Answer(response.code(), response.header("Content-Type"),
                    Objects.requireNonNull(response.body()).string());
        }
    }

    Answer get(String rawPath, String apikey) throws IOException {
        return send("GET", rawPath, apikey, null);
    }
}
