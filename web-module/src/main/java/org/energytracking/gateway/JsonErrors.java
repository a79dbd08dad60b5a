package org.energytracking.gateway;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.energytracking.api.ErrorBody;

/** Filters and error pages answer outside JAX-RS, so they write the API's {@link ErrorBody} themselves. */
public final class JsonErrors {

    private JsonErrors() {
    }

    public static void send(HttpServletResponse response, ErrorBody error) throws IOException {
        JsonObjectBuilder json = Json.createObjectBuilder().add("error", error.error());
        if (error.field() == null) {
            json.addNull("field");
        } else {
            json.add("field", error.field());
        }
        byte[] body = json.add("status", error.status()).build().toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(error.status());
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
