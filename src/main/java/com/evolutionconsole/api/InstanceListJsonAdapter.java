package com.evolutionconsole.api;

import com.evolutionconsole.api.dto.InstanceListDto;
import com.evolutionconsole.api.dto.InstanceRowDto;
import com.evolutionconsole.api.dto.InstanceV1Dto;
import com.squareup.moshi.FromJson;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.ToJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads fetchInstances in every shape servers send: a v2 array of rows, a v1 array of {@code {"instance":…}}
 * wrappers, or (v1 with {@code ?instanceName=}) a single such object.
 */
final class InstanceListJsonAdapter {

    @FromJson
    InstanceListDto fromJson(JsonReader reader, JsonAdapter<InstanceRowDto> rowAdapter,
                             JsonAdapter<InstanceV1Dto> v1Adapter) throws IOException {
        Object value = reader.readJsonValue();
        List<?> entries;
        if (value instanceof List<?> list) {
            entries = list;
        } else if (value instanceof Map<?, ?> map && map.get("instance") instanceof Map<?, ?>) {
            entries = List.of(map);
        } else if (value instanceof Map<?, ?>) {
            // Any other object (an error envelope, a proxy's JSON) would otherwise become one nameless instance.
            throw new JsonDataException("fetchInstances answered an object that is not an instance");
        } else {
            throw new JsonDataException("fetchInstances answered " + describe(value) + " instead of a list");
        }
        List<InstanceRowDto> rows = new ArrayList<>();
        List<InstanceV1Dto> v1 = new ArrayList<>();
        for (Object entry : entries) {
            if (!(entry instanceof Map<?, ?> map)) {
                throw new JsonDataException("fetchInstances listed " + describe(entry) + " instead of an instance");
            }
            if (map.get("instance") instanceof Map<?, ?> wrapped && !map.containsKey("name")) {
                v1.add(v1Adapter.fromJsonValue(wrapped));
            } else {
                rows.add(rowAdapter.fromJsonValue(map));
            }
        }
        return new InstanceListDto(rows, v1);
    }

    @ToJson
    void toJson(JsonWriter writer, InstanceListDto list) {
        throw new UnsupportedOperationException("the console never sends an instance list");
    }

    private static String describe(Object value) {
        return value == null ? "null" : value instanceof String ? "a string" : value instanceof Number ? "a number"
                : value instanceof Boolean ? "a boolean" : "an unexpected value";
    }
}
