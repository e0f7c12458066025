package com.evolutionconsole.api;

import java.io.IOException;
import okhttp3.ConnectionPool;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Sends each request that changes something (anything but a GET) on a new connection. An idle pooled connection
 * may already be closed by the server (Node ends keep-alive 5 s after an answer; OkHttp probes idle connections
 * only after 10 s), and a write that fails on it cannot be resent, since it might have been done.
 */
final class FreshConnectionForWrites implements Interceptor {

    private final ConnectionPool pool;

    FreshConnectionForWrites(ConnectionPool pool) {
        this.pool = pool;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        if (!"GET".equals(chain.request().method())) {
            pool.evictAll();
        }
        return chain.proceed(chain.request());
    }
}
