package com.evolutionconsole.api;

import com.evolutionconsole.api.dto.ConnectResponseDto;
import com.evolutionconsole.api.dto.ConnectionStateDto;
import com.evolutionconsole.api.dto.CreateInstanceBody;
import com.evolutionconsole.api.dto.CreateInstanceBodyV1;
import com.evolutionconsole.api.dto.CreateInstanceResponseDto;
import com.evolutionconsole.api.dto.InstanceListDto;
import com.evolutionconsole.api.dto.PresenceBody;
import com.evolutionconsole.api.dto.ServerInfoDto;
import com.evolutionconsole.api.dto.SettingsBody;
import com.evolutionconsole.api.dto.SettingsBodyV1;
import com.evolutionconsole.api.dto.SettingsDto;
import com.evolutionconsole.api.dto.SettingsSetResponseDto;
import com.evolutionconsole.api.dto.StatusResponseDto;
import com.evolutionconsole.api.dto.WebsocketBody;
import com.evolutionconsole.api.dto.WebsocketConfigDto;
import com.evolutionconsole.api.dto.WebsocketSetBody;
import com.evolutionconsole.domain.ConnectResult;
import com.evolutionconsole.domain.ConnectionState;
import com.evolutionconsole.domain.CreateInstanceRequest;
import com.evolutionconsole.domain.CreatedInstance;
import com.evolutionconsole.domain.Instance;
import com.evolutionconsole.domain.InstanceNameRules;
import com.evolutionconsole.domain.InstanceSettings;
import com.evolutionconsole.domain.KeyCheck;
import com.evolutionconsole.domain.KeyKind;
import com.evolutionconsole.domain.Presence;
import com.evolutionconsole.domain.Secret;
import com.evolutionconsole.domain.ServerInfo;
import com.evolutionconsole.domain.WebsocketConfig;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.ResponseBody;
import okhttp3.logging.HttpLoggingInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Call;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * The one client the console uses for an Evolution API server. Each method blocks (call it off the FX thread),
 * returns immutable domain types, and fails only with a typed {@link EvolutionApiException}. It speaks v2 until
 * {@link #serverInfo()} reports a v1 server, and learns to restart with PUT if a server refuses POST.
 */
public final class EvolutionClient implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EvolutionClient.class);
    /** Error bodies are read up to this size: enough for the real server's 12 KB dumps, not for a runaway page. */
    private static final long ERROR_BODY_LIMIT = 256 * 1024;

    private final HttpUrl baseUrl;
    private final OkHttpClient http;
    private final EvolutionApi api;
    private final CallTimeouts timeouts;
    private final ErrorMapper errors;
    private final Redactor redactor;
    private final ServerMessages serverMessages;
    private final String pinnedCertificate;
    private volatile boolean v1Dialect;
    private volatile boolean restartWithPut;

    private EvolutionClient(HttpUrl baseUrl, Secret key, CallTimeouts timeouts, Duration connectTimeout,
                            String pinnedCertificate, KeyStore trustedRoots) {
        this.baseUrl = baseUrl;
        this.timeouts = timeouts;
        this.pinnedCertificate = pinnedCertificate;
        Moshi moshi = jsonReader();
        this.serverMessages = new ServerMessages(moshi);
        this.redactor = new Redactor(List.of(key));
        this.errors = new ErrorMapper(serverMessages, redactor, baseUrl);
        HttpLoggingInterceptor logging = new HttpLoggingInterceptor(message -> LOG.debug("{}", message));
        logging.redactHeader(ApiKeyHeader.NAME);
        logging.setLevel(HttpLoggingInterceptor.Level.BASIC);
        ConnectionPool pool = new ConnectionPool();
        OkHttpClient.Builder builder = new OkHttpClient.Builder();
        new ServerTrust(trustedRoots, pinnedCertificate).applyTo(builder);
        this.http = builder
                .connectionPool(pool)
                .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .writeTimeout(timeouts.normal().toMillis(), TimeUnit.MILLISECONDS)
                // No silent resend by OkHttp: a dropped create or delete must be reported, not sent twice;
                // reads get one retry of their own, and writes a connection that cannot be stale.
                .retryOnConnectionFailure(false)
                // The apikey header would travel with a redirect to wherever it points, even to plain HTTP:
                // a redirect is reported, never followed.
                .followRedirects(false)
                .followSslRedirects(false)
                .addInterceptor(new ReadRetry(pool))
                .addInterceptor(new FreshConnectionForWrites(pool))
                .addInterceptor(new ApiKeyHeader(key))
                .addInterceptor(timeouts)
                .addInterceptor(logging)
                .build();
        this.api = new Retrofit.Builder()
                .baseUrl(baseUrl)
                .client(http)
                .addConverterFactory(new BodyGuardConverterFactory())
                .addConverterFactory(MoshiConverterFactory.create(moshi))
                .build()
                .create(EvolutionApi.class);
    }

    /** A client for the server at {@code baseUrl} (its root, as in http://host:8080) with the given key. */
    public static EvolutionClient create(String baseUrl, Secret key) {
        return create(baseUrl, key, ClientOptions.defaults());
    }

    /** As {@link #create(String, Secret)}, with read timeouts for normal and slow calls. */
    public static EvolutionClient create(String baseUrl, Secret key, Duration normalTimeout, Duration slowTimeout) {
        return create(baseUrl, key, ClientOptions.defaults().withTimeouts(normalTimeout, slowTimeout));
    }

    /**
     * A client with the given options. HTTPS servers are trusted by the platform's checks, or else only when they
     * present the pinned certificate; a refused certificate fails every call with
     * {@link UntrustedCertificateException}, whose details say what to pin.
     */
    public static EvolutionClient create(String baseUrl, Secret key, ClientOptions options) {
        return create(baseUrl, key, options, null);
    }

    /** As {@link #create(String, Secret, ClientOptions)}, trusting {@code trustedRoots} instead of the platform's. */
    static EvolutionClient create(String baseUrl, Secret key, ClientOptions options, KeyStore trustedRoots) {
        Objects.requireNonNull(key, "key");
        return new EvolutionClient(parseBaseUrl(baseUrl), key,
                new CallTimeouts(options.normalTimeout(), options.slowTimeout()), Duration.ofSeconds(10),
                options.pinnedCertificate(), trustedRoots);
    }

    /**
     * Reads a server URL as an operator types it: surrounding spaces dropped, http:// assumed when no scheme is
     * given, a trailing slash added so relative endpoint paths resolve under it.
     */
    public static HttpUrl parseBaseUrl(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("Enter the server's URL, for example http://localhost:8080");
        }
        if (!trimmed.contains("://")) {
            trimmed = "http://" + trimmed;
        }
        HttpUrl url = HttpUrl.parse(trimmed);
        if (url == null) {
            throw new IllegalArgumentException("\"" + text.strip() + "\" is not a valid http(s) URL, for example http://localhost:8080");
        }
        if (url.query() != null || url.fragment() != null) {
            url = url.newBuilder().query(null).fragment(null).build();
        }
        String path = url.encodedPath();
        return path.endsWith("/") ? url : url.newBuilder().encodedPath(path + "/").build();
    }

    /** The JSON set-up of every client: records by reflection, and the listing's v1/v2 shapes. */
    private static Moshi jsonReader() {
        return new Moshi.Builder().add(new InstanceListJsonAdapter()).build();
    }

    /**
     * Loads and initialises the HTTP and JSON classes (OkHttp, Retrofit, Moshi adapters) without any network
     * traffic, so the first real call does not pay for it. Safe to call from any thread, any number of times.
     */
    public static void warmUp() {
        try (EvolutionClient client = create("http://127.0.0.1:9", Secret.of("warm-up-key"))) {
            Moshi moshi = jsonReader();
            moshi.adapter(InstanceListDto.class).fromJson("[{\"name\":\"w\",\"Setting\":{},\"_count\":{}}]");
            moshi.adapter(ConnectResponseDto.class).fromJson("{\"instance\":{\"state\":\"open\"},\"qrcode\":{}}");
            client.api.toString();
        } catch (IOException | RuntimeException ignored) {
            // Only a head start; the real calls report their own failures.
        }
    }

    public HttpUrl baseUrl() {
        return baseUrl;
    }

    /** The fingerprint of the certificate this client trusts beyond the platform's checks, or null for none. */
    public String pinnedCertificate() {
        return pinnedCertificate;
    }

    /**
     * An HTTP client for long-lived connections to the same server (the Socket.IO event stream): the same
     * certificate trust, connections and threads, without the API calls' key header, retries, timeouts and log.
     */
    public OkHttpClient streamingHttpClient() {
        OkHttpClient.Builder builder = http.newBuilder();
        builder.interceptors().clear();
        // Socket.IO's own default: a long poll waits up to the server's ping interval (25 s on a real server)
        return builder.readTimeout(1, TimeUnit.MINUTES).build();
    }

    /** {@code GET /} (no key needed). Also picks the dialect: a 1.x server gets snake_case bodies and PUT restart. */
    public ServerInfo serverInfo() {
        Operation op = Operation.of("read the server's information");
        ServerInfoDto dto = execute(op, api.serverInfo()).body();
        if (dto == null || dto.version() == null) {
            throw new BadResponseException(200, List.of(), "The server at " + baseUrl + " does not look like an Evolution API server: it reported no version.",
                    "Check the URL: it should be the Evolution API root, as in http://host:8080.", null);
        }
        ServerInfo info = DomainMapper.serverInfo(dto);
        v1Dialect = info.isV1();
        restartWithPut = restartWithPut || info.isV1();
        return info;
    }

    /**
     * Tells a global key from an instance token: {@code verify-creds} accepts only the global key; a key it
     * refuses that can still list instances is a token, and the one instance listed is its own.
     */
    public KeyCheck checkKey() {
        Operation op = Operation.of("check the API key");
        try {
            execute(op, api.verifyCreds());
            return new KeyCheck(KeyKind.GLOBAL, null);
        } catch (AuthenticationException notGlobal) {
            List<Instance> own = fetchInstances();
            return new KeyCheck(KeyKind.INSTANCE_TOKEN, own.size() == 1 ? own.get(0).name() : null);
        } catch (NotFoundException noSuchRoute) {
            if (!noSuchRoute.routeMissing()) {
                throw noSuchRoute;
            }
            fetchInstances();
            return new KeyCheck(KeyKind.UNDETERMINED, null);
        }
    }

    /** Creates an instance; with {@code qrcode} the real server blocks up to ~10 s for the first code. */
    public CreatedInstance create(CreateInstanceRequest request) {
        requireUsableName(request.name());
        Operation op = Operation.on("create", request.name());
        redactor.learn(request.token());
        Object body = v1Dialect ? createBodyV1(request) : createBody(request);
        CreateInstanceResponseDto dto = execute(op, api.create(body)).body();
        if (dto == null) {
            throw errors.unreadable(op, 201, null, null);
        }
        CreatedInstance created = DomainMapper.created(dto, request.name());
        redactor.learn(created.token());
        return created;
    }

    /** Every instance the key can see, in the server's order (none is defined: sort for display). */
    public List<Instance> fetchInstances() {
        Operation op = Operation.of("list the instances");
        InstanceListDto dto = execute(op, api.fetchInstances(null)).body();
        if (dto == null) {
            // A server with no instances answers [], never nothing: an empty answer must not empty the table.
            throw log(op, errors.unreadable(op, 200, null, null));
        }
        return learnTokens(DomainMapper.instances(dto));
    }

    /** One instance by name, or empty when the server has none by that name. */
    public Optional<Instance> fetchInstance(String name) {
        requireUsableName(name);
        try {
            InstanceListDto dto = execute(Operation.on("look up", name), api.fetchInstances(name)).body();
            return dto == null ? Optional.empty() : learnTokens(DomainMapper.instances(dto)).stream().findFirst();
        } catch (NotFoundException e) {
            if (e.routeMissing()) {
                throw e;
            }
            return Optional.empty();
        }
    }

    /** Starts pairing (or returns the current code); without WhatsApp the code may never come ({@code count 0}). */
    public ConnectResult connect(String name) {
        return connect(name, null);
    }

    /** As {@link #connect(String)}; a phone number (digits with country code) also asks for a pairing code. */
    public ConnectResult connect(String name, String phoneNumber) {
        requireUsableName(name);
        Operation op = Operation.on("connect", name);
        String number = phoneNumber == null || phoneNumber.isBlank() ? null : phoneNumber.replaceAll("[^0-9]", "");
        Answer<ConnectResponseDto> answer = execute(op, api.connect(name, number));
        if (answer.body() == null) {
            throw errors.operationFailed(op, answer.status(), List.of("the server answered with an empty body"));
        }
        return connectOutcome(op, answer);
    }

    /** The live state from server memory: the endpoint to poll (1–4 ms on a real server). */
    public ConnectionState connectionState(String name) {
        requireUsableName(name);
        Operation op = Operation.on("read the state of", name);
        ConnectionStateDto dto = execute(op, api.connectionState(name)).body();
        return dto == null ? ConnectionState.ABSENT : DomainMapper.state(dto.instance());
    }

    /**
     * Restarts (fire-and-forget on the server: it reconnects by itself). The answer is whatever connect would say
     * at that instant. POST on v2; a server that answers "Cannot POST" is retried once with PUT and remembered.
     */
    public ConnectResult restart(String name) {
        requireUsableName(name);
        Operation op = Operation.on("restart", name);
        if (restartWithPut) {
            return restartOutcome(op, execute(op, api.restartV1(name)));
        }
        try {
            return restartOutcome(op, execute(op, api.restart(name)));
        } catch (NotFoundException e) {
            boolean postRefused = e.routeMissing()
                    && e.serverMessages().stream().anyMatch(m -> m.startsWith("Cannot POST /instance/restart/"));
            if (!postRefused) {
                throw e;
            }
            restartWithPut = true;
            return restartOutcome(op, execute(op, api.restartV1(name)));
        }
    }

    /** Sets the presence; the server refuses it unless the instance is open. */
    public void setPresence(String name, Presence presence) {
        requireUsableName(name);
        Objects.requireNonNull(presence, "presence");
        execute(Operation.on("set the presence of", name), api.setPresence(name, new PresenceBody(presence.wireValue())));
    }

    /** Logs the instance out of WhatsApp; the instance is kept and can pair again. */
    public void logout(String name) {
        requireUsableName(name);
        Operation op = Operation.on("log out", name);
        checkStatusAnswer(op, execute(op, api.logout(name)));
    }

    /** Deletes the instance permanently. */
    public void delete(String name) {
        requireUsableName(name);
        Operation op = Operation.on("delete", name);
        checkStatusAnswer(op, execute(op, api.delete(name)));
    }

    public InstanceSettings setSettings(String name, InstanceSettings settings) {
        requireUsableName(name);
        Operation op = Operation.on("save the settings of", name);
        String wavoip = settings.wavoipToken() == null ? "" : settings.wavoipToken().reveal();
        Object body = v1Dialect
                ? new SettingsBodyV1(settings.rejectCall(), settings.msgCall(), settings.groupsIgnore(),
                        settings.alwaysOnline(), settings.readMessages(), settings.readStatus(),
                        settings.syncFullHistory(), wavoip)
                : new SettingsBody(settings.rejectCall(), settings.msgCall(), settings.groupsIgnore(),
                        settings.alwaysOnline(), settings.readMessages(), settings.readStatus(),
                        settings.syncFullHistory(), wavoip);
        SettingsSetResponseDto dto = execute(op, api.setSettings(name, body)).body();
        return dto == null || dto.settings() == null || dto.settings().settings() == null
                ? settings : DomainMapper.settings(dto.settings().settings());
    }

    /** The stored settings, or empty when the server has none (it answers {@code null}). */
    public Optional<InstanceSettings> findSettings(String name) {
        requireUsableName(name);
        SettingsDto dto = execute(Operation.on("read the settings of", name), api.findSettings(name)).body();
        return Optional.ofNullable(dto).map(DomainMapper::settings);
    }

    /**
     * Stores the instance's Socket.IO event configuration. This changes server configuration: call it only with
     * the operator's consent. Empty if the server has websockets disabled (it answers with no body).
     */
    public Optional<WebsocketConfig> setWebsocket(String name, WebsocketConfig config) {
        requireUsableName(name);
        WebsocketBody inner = new WebsocketBody(config.enabled(), config.events());
        Object body = v1Dialect ? inner : new WebsocketSetBody(inner);
        WebsocketConfigDto dto = execute(Operation.on("configure events for", name), api.setWebsocket(name, body)).body();
        return Optional.ofNullable(dto).map(DomainMapper::websocket);
    }

    /** The stored Socket.IO event configuration, or empty when none is configured. */
    public Optional<WebsocketConfig> findWebsocket(String name) {
        requireUsableName(name);
        WebsocketConfigDto dto = execute(Operation.on("read the event settings of", name), api.findWebsocket(name)).body();
        return Optional.ofNullable(dto).map(DomainMapper::websocket);
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    @Override
    public String toString() {
        return "EvolutionClient[" + baseUrl + "]";
    }

    private ConnectResult connectOutcome(Operation op, Answer<ConnectResponseDto> answer) {
        ConnectResponseDto dto = answer.body();
        if (DomainMapper.flagsError(dto.error())) {
            throw errors.operationFailed(op, answer.status(), messagesOf(dto.message()));
        }
        return DomainMapper.connectResult(dto);
    }

    private ConnectResult restartOutcome(Operation op, Answer<ConnectResponseDto> answer) {
        return answer.body() == null
                ? new ConnectResult(ConnectionState.ABSENT, com.evolutionconsole.domain.QrCode.notReady(0))
                : connectOutcome(op, answer);
    }

    private void checkStatusAnswer(Operation op, Answer<StatusResponseDto> answer) {
        StatusResponseDto dto = answer.body();
        if (dto != null && DomainMapper.flagsError(dto.error())) {
            throw errors.operationFailed(op, answer.status(), ServerMessages.of(Map.of("response",
                    dto.response() == null ? Map.of() : dto.response())));
        }
    }

    /** Servers echo tokens in their error dumps: every token listed is masked from then on. */
    private List<Instance> learnTokens(List<Instance> instances) {
        instances.forEach(instance -> redactor.learn(instance.token()));
        return instances;
    }

    private static List<String> messagesOf(Object message) {
        List<String> messages = new ArrayList<>();
        ServerMessages.flatten(message, messages);
        return messages;
    }

    private static void requireUsableName(String name) {
        InstanceNameRules.Verdict verdict = InstanceNameRules.check(name);
        if (!verdict.acceptable()) {
            throw new InvalidInstanceNameException(verdict.problems());
        }
    }

    private static CreateInstanceBody createBody(CreateInstanceRequest r) {
        InstanceSettings s = r.settings();
        WebsocketBody websocket = r.websocket() == null ? null
                : new WebsocketBody(r.websocket().enabled(), r.websocket().events());
        return new CreateInstanceBody(r.name(), r.integration().wireValue(), r.qrcode(),
                r.token() == null ? null : r.token().reveal(), r.number(),
                s == null ? null : s.rejectCall(), s == null ? null : s.msgCall(),
                s == null ? null : s.groupsIgnore(), s == null ? null : s.alwaysOnline(),
                s == null ? null : s.readMessages(), s == null ? null : s.readStatus(),
                s == null ? null : s.syncFullHistory(), websocket);
    }

    private static CreateInstanceBodyV1 createBodyV1(CreateInstanceRequest r) {
        InstanceSettings s = r.settings();
        WebsocketConfig ws = r.websocket();
        return new CreateInstanceBodyV1(r.name(), r.integration().wireValue(), r.qrcode(),
                r.token() == null ? null : r.token().reveal(), r.number(),
                s == null ? null : s.rejectCall(), s == null ? null : s.msgCall(),
                s == null ? null : s.groupsIgnore(), s == null ? null : s.alwaysOnline(),
                s == null ? null : s.readMessages(), s == null ? null : s.readStatus(),
                s == null ? null : s.syncFullHistory(),
                ws == null ? null : ws.enabled(), ws == null ? null : ws.events());
    }

    /** A 2xx answer: its status and its body (null when empty). */
    private record Answer<T>(int status, T body) {
    }

    private <T> Answer<T> execute(Operation op, Call<T> call) {
        Response<T> response;
        try {
            response = call.execute();
        } catch (JsonDataException wrongShape) {
            throw log(op, errors.unreadable(op, 200, null, wrongShape));
        } catch (IOException e) {
            throw log(op, errors.fromIo(op, e, timeouts.forRequest(call.request())));
        }
        if (response.code() >= 300 && response.code() < 400) {
            throw log(op, errors.redirected(op, response.code(), response.headers().get("Location")));
        }
        if (!response.isSuccessful()) {
            String contentType = response.headers().get("Content-Type");
            throw log(op, errors.fromStatus(op, response.code(), contentType, errorBody(response)));
        }
        return new Answer<>(response.code(), response.body());
    }

    private static String errorBody(Response<?> response) {
        try (ResponseBody body = response.errorBody()) {
            if (body == null) {
                return null;
            }
            var source = body.source();
            source.request(ERROR_BODY_LIMIT);
            long available = Math.min(source.getBuffer().size(), ERROR_BODY_LIMIT);
            return source.getBuffer().readUtf8(available);
        } catch (IOException cutShort) {
            return null;
        }
    }

    private static EvolutionApiException log(Operation op, EvolutionApiException e) {
        LOG.info("Could not {}: {} (status {}), server messages: {}", op.phrase(), e.summary(), e.status(),
                e.serverMessages());
        return e;
    }
}
