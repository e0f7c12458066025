package com.evolutionconsole.api.dto;

/** A v1.8 fetchInstances entry, the inside of {@code {"instance":{…}}}; profile fields only when open. */
public record InstanceV1Dto(String instanceName, String instanceId, String owner, String profileName,
                            String profilePictureUrl, String profileStatus, String status, String serverUrl,
                            String apikey, String integration) {
}
