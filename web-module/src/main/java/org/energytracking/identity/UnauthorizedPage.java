package org.energytracking.identity;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.energytracking.api.ErrorBody;
import org.energytracking.gateway.JsonErrors;

/**
 * The error page for 401s that MicroProfile JWT sends itself (a bad signature, an expired token, a
 * wrong issuer or audience) before any API code runs: the same JSON error as the rest of the API,
 * not the server's HTML page. Mapped in web.xml.
 */
@WebServlet("/errors/unauthorized")
public class UnauthorizedPage extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"energy\", error=\"invalid_token\"");
        JsonErrors.send(response, new ErrorBody("invalid or expired access token; sign in or refresh", null, 401));
    }
}
