package com.evolutionconsole.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks endpoints the real server answers slowly: create with a QR request and connect block for up to 10 s,
 * and {@code GET /} looks up WhatsApp's version remotely. {@link CallTimeouts} gives them a longer read timeout.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SlowCall {
}
