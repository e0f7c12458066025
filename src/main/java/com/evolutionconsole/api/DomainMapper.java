package com.evolutionconsole.api;

import com.evolutionconsole.api.dto.ConnectResponseDto;
import com.evolutionconsole.api.dto.CreateInstanceResponseDto;
import com.evolutionconsole.api.dto.InstanceListDto;
import com.evolutionconsole.api.dto.InstanceRowDto;
import com.evolutionconsole.api.dto.InstanceStateDto;
import com.evolutionconsole.api.dto.InstanceV1Dto;
import com.evolutionconsole.api.dto.QrCodeDto;
import com.evolutionconsole.api.dto.ServerInfoDto;
import com.evolutionconsole.api.dto.SettingsDto;
import com.evolutionconsole.api.dto.WebsocketConfigDto;
import com.evolutionconsole.domain.ConnectResult;
import com.evolutionconsole.domain.ConnectionState;
import com.evolutionconsole.domain.CreatedInstance;
import com.evolutionconsole.domain.Instance;
import com.evolutionconsole.domain.InstanceSettings;
import com.evolutionconsole.domain.QrCode;
import com.evolutionconsole.domain.Secret;
import com.evolutionconsole.domain.ServerInfo;
import com.evolutionconsole.domain.WebsocketConfig;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Turns the server's JSON shapes (both dialects) into the console's immutable domain types. */
final class DomainMapper {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private DomainMapper() {
    }

    static ServerInfo serverInfo(ServerInfoDto dto) {
        return new ServerInfo(dto.version(), dto.message(), dto.clientName(), dto.manager(), dto.documentation(),
                dto.whatsappWebVersion());
    }

    static List<Instance> instances(InstanceListDto dto) {
        List<Instance> result = new ArrayList<>();
        dto.rows().forEach(row -> result.add(instance(row)));
        dto.v1Entries().forEach(entry -> result.add(instance(entry)));
        return List.copyOf(result);
    }

    static Instance instance(InstanceRowDto row) {
        InstanceRowDto.CountsDto counts = row.counts();
        return new Instance(row.id(), row.name(), ConnectionState.of(row.connectionStatus()), row.ownerJid(),
                row.profileName(), row.profilePicUrl(), row.integration(), row.number(), Secret.ofNullable(row.token()),
                instant(row.createdAt()), instant(row.updatedAt()), integer(row.disconnectionReasonCode()),
                instant(row.disconnectionAt()), counts == null ? null : counts.message(),
                counts == null ? null : counts.contact(), counts == null ? null : counts.chat(),
                row.setting() == null ? null : settings(row.setting()));
    }

    static Instance instance(InstanceV1Dto v1) {
        return new Instance(v1.instanceId(), v1.instanceName(), ConnectionState.of(v1.status()), v1.owner(),
                v1.profileName(), v1.profilePictureUrl(), v1.integration(), null, Secret.ofNullable(v1.apikey()),
                null, null, null, null, null, null, null, null);
    }

    static CreatedInstance created(CreateInstanceResponseDto dto, String requestedName) {
        var block = dto.instance();
        String name = block == null || block.instanceName() == null ? requestedName : block.instanceName();
        return new CreatedInstance(name, block == null ? null : block.instanceId(),
                block == null ? null : block.integration(), ConnectionState.of(block == null ? null : block.status()),
                Secret.ofNullable(hash(dto.hash())), dto.settings() == null ? null : settings(dto.settings()),
                dto.qrcode() == null ? null : qrCode(dto.qrcode()));
    }

    /** v2 sends the token as a string; v1 as {@code {"apikey":…}} or, in JWT mode, {@code {"jwt":…}}. */
    static String hash(Object hash) {
        if (hash instanceof String text) {
            return text;
        }
        if (hash instanceof Map<?, ?> map) {
            Object value = map.get("apikey") != null ? map.get("apikey") : map.get("jwt");
            return value instanceof String text ? text : null;
        }
        return null;
    }

    static InstanceSettings settings(SettingsDto dto) {
        return new InstanceSettings(
                either(dto.rejectCall(), dto.rejectCallV1()),
                dto.msgCall() != null ? dto.msgCall() : dto.msgCallV1(),
                either(dto.groupsIgnore(), dto.groupsIgnoreV1()),
                either(dto.alwaysOnline(), dto.alwaysOnlineV1()),
                either(dto.readMessages(), dto.readMessagesV1()),
                either(dto.readStatus(), dto.readStatusV1()),
                either(dto.syncFullHistory(), dto.syncFullHistoryV1()),
                Secret.ofNullable(dto.wavoipToken() != null ? dto.wavoipToken() : dto.wavoipTokenV1()));
    }

    static WebsocketConfig websocket(WebsocketConfigDto dto) {
        return new WebsocketConfig(Boolean.TRUE.equals(dto.enabled()), dto.events());
    }

    /** An instance block's state: v2 says {@code state}, some answers {@code status}; absent without a block. */
    static ConnectionState state(InstanceStateDto instance) {
        if (instance == null) {
            return ConnectionState.ABSENT;
        }
        return ConnectionState.of(instance.state() != null ? instance.state() : instance.status());
    }

    /**
     * connect/restart answers other than the error flag: {@code {"instance":{…"state"}}}, a top-level QR object,
     * or {@code {"instance":{…"status"},"qrcode":{…}}}.
     */
    static ConnectResult connectResult(ConnectResponseDto dto) {
        ConnectionState state = state(dto.instance());
        QrCode qr = dto.qrcode() != null ? qrCode(dto.qrcode())
                : qrCode(new QrCodeDto(dto.pairingCode(), dto.code(), dto.base64(), dto.count()));
        return new ConnectResult(state, qr);
    }

    static QrCode qrCode(QrCodeDto dto) {
        return new QrCode(dto.code(), png(dto.base64()), dto.pairingCode(), dto.count() == null ? 0 : dto.count());
    }

    /** The PNG inside a data URL (or bare base64), or null when it is missing, not base64 or not a PNG. */
    static byte[] png(String base64) {
        if (base64 == null || base64.isBlank()) {
            return null;
        }
        int comma = base64.indexOf(',');
        String payload = base64.startsWith("data:") && comma > 0 ? base64.substring(comma + 1) : base64;
        try {
            byte[] bytes = Base64.getMimeDecoder().decode(payload);
            return bytes.length > PNG_SIGNATURE.length
                    && Arrays.equals(Arrays.copyOf(bytes, PNG_SIGNATURE.length), PNG_SIGNATURE) ? bytes : null;
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    /** True when a 2xx body carries {@code "error": true} (connect and restart report failures so). */
    static boolean flagsError(Object error) {
        return Boolean.TRUE.equals(error) || "true".equals(error);
    }

    private static boolean either(Boolean v2, Boolean v1) {
        return Boolean.TRUE.equals(v2 != null ? v2 : v1);
    }

    private static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    private static Integer integer(Object value) {
        if (value instanceof Number number) {
            return number.intValue();
        }
        if (value instanceof String text) {
            try {
                return Integer.valueOf(text.strip());
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }
        return null;
    }
}
