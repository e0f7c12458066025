package com.evolutionconsole.api.dto;

import java.util.List;

/**
 * fetchInstances in any server dialect, normalised by {@code InstanceListJsonAdapter}: v2 rows, or v1 entries
 * (wrapped in {@code {"instance":…}}, and a single object instead of an array for {@code ?instanceName=}).
 */
public record InstanceListDto(List<InstanceRowDto> rows, List<InstanceV1Dto> v1Entries) {
    public InstanceListDto {
        rows = rows == null ? List.of() : List.copyOf(rows);
        v1Entries = v1Entries == null ? List.of() : List.copyOf(v1Entries);
    }
}
