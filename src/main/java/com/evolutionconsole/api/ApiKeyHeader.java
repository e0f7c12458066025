package com.evolutionconsole.api;

import com.evolutionconsole.domain.Secret;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;
import retrofit2.Invocation;

/** Puts the key (global key or instance token) in the {@code apikey} header of every request that needs one. */
final class ApiKeyHeader implements Interceptor {

    static final String NAME = "apikey";

    private final Secret key;

    ApiKeyHeader(Secret key) {
        this.key = key;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Invocation invocation = chain.request().tag(Invocation.class);
        if (invocation != null && invocation.method().isAnnotationPresent(NoKey.class)) {
            return chain.proceed(chain.request());
        }
        return chain.proceed(chain.request().newBuilder().header(NAME, key.reveal()).build());
    }

    @Override
    public String toString() {
        return "ApiKeyHeader[hidden]";
    }
}
