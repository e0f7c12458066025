package com.evolutionconsole.api;

import com.evolutionconsole.api.dto.ConnectResponseDto;
import com.evolutionconsole.api.dto.ConnectionStateDto;
import com.evolutionconsole.api.dto.CreateInstanceResponseDto;
import com.evolutionconsole.api.dto.InstanceListDto;
import com.evolutionconsole.api.dto.PresenceBody;
import com.evolutionconsole.api.dto.ServerInfoDto;
import com.evolutionconsole.api.dto.SettingsDto;
import com.evolutionconsole.api.dto.SettingsSetResponseDto;
import com.evolutionconsole.api.dto.StatusResponseDto;
import com.evolutionconsole.api.dto.VerifyCredsDto;
import com.evolutionconsole.api.dto.WebsocketConfigDto;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * The Evolution API instance surface (CONTRACT.md §2). Instance names are single path segments: Retrofit's
 * {@code @Path} percent-encodes spaces, slashes and non-ASCII characters. Bodies that differ between v1 and v2
 * are typed {@code Object} and built by {@link EvolutionClient}. Empty answers arrive as null.
 */
public interface EvolutionApi {

    @SlowCall
    @NoKey
    @GET(".")
    Call<ServerInfoDto> serverInfo();

    @POST("verify-creds")
    Call<VerifyCredsDto> verifyCreds();

    @SlowCall
    @POST("instance/create")
    Call<CreateInstanceResponseDto> create(@Body Object body);

    @GET("instance/fetchInstances")
    Call<InstanceListDto> fetchInstances(@Query("instanceName") String instanceName);

    @SlowCall
    @GET("instance/connect/{instance}")
    Call<ConnectResponseDto> connect(@Path("instance") String instance, @Query("number") String number);

    @POST("instance/restart/{instance}")
    Call<ConnectResponseDto> restart(@Path("instance") String instance);

    /** v1.8 servers restart with PUT. */
    @PUT("instance/restart/{instance}")
    Call<ConnectResponseDto> restartV1(@Path("instance") String instance);

    @GET("instance/connectionState/{instance}")
    Call<ConnectionStateDto> connectionState(@Path("instance") String instance);

    @POST("instance/setPresence/{instance}")
    Call<PresenceBody> setPresence(@Path("instance") String instance, @Body PresenceBody body);

    @DELETE("instance/logout/{instance}")
    Call<StatusResponseDto> logout(@Path("instance") String instance);

    @DELETE("instance/delete/{instance}")
    Call<StatusResponseDto> delete(@Path("instance") String instance);

    @POST("settings/set/{instance}")
    Call<SettingsSetResponseDto> setSettings(@Path("instance") String instance, @Body Object body);

    @GET("settings/find/{instance}")
    Call<SettingsDto> findSettings(@Path("instance") String instance);

    @POST("websocket/set/{instance}")
    Call<WebsocketConfigDto> setWebsocket(@Path("instance") String instance, @Body Object body);

    @GET("websocket/find/{instance}")
    Call<WebsocketConfigDto> findWebsocket(@Path("instance") String instance);
}
