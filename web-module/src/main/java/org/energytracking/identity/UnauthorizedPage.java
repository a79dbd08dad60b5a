package org.energytracking.identity;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The error page for 401s that MicroProfile JWT sends itself (a bad signature, an expired token, a
 * wrong issuer or audience) before any API code runs: the same JSON error as the rest of the API,
 * not the server's HTML page. Mapped in web.xml.
 */
@WebServlet("/errors/unauthorized")
public class UnauthorizedPage extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(401);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("WWW-Authenticate", "Bearer realm=\"energy\", error=\"invalid_token\"");
        response.getWriter().write("{\"error\":\"invalid or expired access token; sign in or refresh\",\"status\":401}");
    }
}
