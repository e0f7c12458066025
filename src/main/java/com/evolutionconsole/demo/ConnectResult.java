package com.evolutionconsole.demo;

import java.util.Map;

/**
 * What connect did.
 *
 * @param body    the answer as of the call
 * @param started true when the call opened a new connection, after which the real server blocks before answering
 */
public record ConnectResult(Map<String, Object> body, boolean started) {
}
