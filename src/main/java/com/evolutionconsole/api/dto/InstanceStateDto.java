package com.evolutionconsole.api.dto;

/** The {@code instance} object of connectionState / connect: {@code state} on v2, {@code status} in some answers. */
public record InstanceStateDto(String instanceName, String state, String status) {
}
