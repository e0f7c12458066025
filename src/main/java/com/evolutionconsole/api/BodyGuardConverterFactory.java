package com.evolutionconsole.api;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Sits before Moshi on 2xx answers: an empty body becomes null (v1 setPresence and connect, and websocket set on
 * a server with websockets off, answer with nothing), and an HTML page is reported as such, not as bad JSON.
 */
final class BodyGuardConverterFactory extends Converter.Factory {

    @Override
    public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
        Converter<ResponseBody, ?> next = retrofit.nextResponseBodyConverter(this, type, annotations);
        return body -> {
            MediaType contentType = body.contentType();
            if (contentType != null && contentType.subtype().contains("html")) {
                throw new HtmlAnswerException(200);
            }
            // exhausted() also catches a chunked empty answer, whose length is unknown (-1).
            return body.contentLength() == 0 || body.source().exhausted() ? null : next.convert(body);
        };
    }
}
