package org.energytracking.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Every error of the API: {@code {"error": "...", "field": "...", "status": 400}}. */
public record ErrorBody(String error, String field, int status) {

    public static Response response(int status, String field, String error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ErrorBody(error, field, status)).build();
    }

    /** {@code deviceId} → {@code device_id}: fields are named as the client wrote them. */
    public static String jsonName(String javaName) {
        return javaName == null ? null : javaName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }
}
