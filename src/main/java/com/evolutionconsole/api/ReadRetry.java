package com.evolutionconsole.api;

import java.io.IOException;
import java.io.InterruptedIOException;
import javax.net.ssl.SSLHandshakeException;
import okhttp3.ConnectionPool;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Retries a GET once when the connection fails (typically a pooled connection the server has closed); never a
 * POST or DELETE, which must not run twice; never after a timeout, which would only double the wait, nor after a
 * failed TLS handshake, which would fail the same way.
 */
final class ReadRetry implements Interceptor {

    private final ConnectionPool pool;

    ReadRetry(ConnectionPool pool) {
        this.pool = pool;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        try {
            return chain.proceed(chain.request());
        } catch (InterruptedIOException timeoutOrCancel) {
            throw timeoutOrCancel;
        } catch (SSLHandshakeException refused) {
            throw refused;
        } catch (IOException firstFailure) {
            if (!"GET".equals(chain.request().method()) || chain.call().isCanceled()) {
                throw firstFailure;
            }
            // Other pooled connections to a restarted or stopped server are stale too: drop them first.
            pool.evictAll();
            return chain.proceed(chain.request());
        }
    }
}
