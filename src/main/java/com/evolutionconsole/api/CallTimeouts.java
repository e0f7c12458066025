package com.evolutionconsole.api;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Response;
import retrofit2.Invocation;

/** Read timeouts per endpoint: short for fast calls so a dead server is noticed, long for {@link SlowCall}s. */
record CallTimeouts(Duration normal, Duration slow) implements Interceptor {

    /** Fits the real server: 1–40 ms for most calls, 2–10 s for connect and create with a QR request. */
    static CallTimeouts defaults() {
        return new CallTimeouts(Duration.ofSeconds(15), Duration.ofSeconds(30));
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Duration timeout = forRequest(chain.request());
        return chain.withReadTimeout((int) timeout.toMillis(), TimeUnit.MILLISECONDS).proceed(chain.request());
    }

    /** The read timeout of a request: slow for endpoints marked {@link SlowCall}, normal otherwise. */
    Duration forRequest(okhttp3.Request request) {
        Invocation invocation = request.tag(Invocation.class);
        return invocation != null && invocation.method().isAnnotationPresent(SlowCall.class) ? slow : normal;
    }
}
