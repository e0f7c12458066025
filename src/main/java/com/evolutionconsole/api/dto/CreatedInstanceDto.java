package com.evolutionconsole.api.dto;

/** The {@code instance} block of create's answer; {@code status} is a snapshot ("created" on v1). */
public record CreatedInstanceDto(String instanceName, String instanceId, String integration, String status) {
}
