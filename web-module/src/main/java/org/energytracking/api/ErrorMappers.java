package org.energytracking.api;

import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.energytracking.ingest.control.StorageUnavailableException;
import org.energytracking.kernel.Problem;

/** The one family of exception mappers: every failure leaves the API as an {@link ErrorBody}. */
public final class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

    private ErrorMappers() {
    }

    /** The HTTP status that says a problem's kind. */
    public static int status(Problem problem) {
        return switch (problem.kind()) {
            case INVALID -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case TOO_MANY_ATTEMPTS -> 429;
        };
    }

    @Provider
    public static class ProblemMapper implements ExceptionMapper<Problem> {
        @Override
        public Response toResponse(Problem problem) {
            Response response = ErrorBody.response(status(problem), problem.field(), problem.getMessage());
            return switch (problem.kind()) {
                case TOO_MANY_ATTEMPTS -> Response.fromResponse(response)
                        .header("Retry-After", Long.toString(problem.retryAfterSeconds())).build();
                case UNAUTHENTICATED -> Response.fromResponse(response).header("WWW-Authenticate", "Bearer realm=\"energy\"").build();
                default -> response;
            };
        }
    }

    @Provider
    public static class ValidationMapper implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            ConstraintViolation<?> first = e.getConstraintViolations().stream()
                    .min(Comparator.comparing(v -> v.getPropertyPath().toString())).orElseThrow();
            String field = ErrorBody.jsonName(lastNode(first.getPropertyPath()));
            return ErrorBody.response(400, field, field + " " + first.getMessage());
        }

        private static String lastNode(Path path) {
            String name = null;
            for (Path.Node node : path) {
                name = node.getName();
            }
            return name;
        }
    }

    @Provider
    public static class MalformedJsonMapper implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return ErrorBody.response(400, "body", "malformed JSON: " + e.getMessage());
        }
    }

    @Provider
    public static class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return ErrorBody.response(400, "body", "unreadable request body: " + e.getMessage());
        }
    }

    @Provider
    public static class StorageUnavailableMapper implements ExceptionMapper<StorageUnavailableException> {
        @Override
        public Response toResponse(StorageUnavailableException e) {
            return Response.fromResponse(ErrorBody.response(503, null, "storage unavailable, retry later"))
                    .header("Retry-After", "5").build();
        }
    }

    @Provider
    public static class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response original = e.getResponse();
            return Response.fromResponse(ErrorBody.response(original.getStatus(), null,
                    original.getStatusInfo().getReasonPhrase())).build();
        }
    }

    @Provider
    public static class UnexpectedMapper implements ExceptionMapper<Exception> {
        @Override
        public Response toResponse(Exception e) {
            LOG.log(Level.SEVERE, "Unexpected failure of an API call", e);
            return ErrorBody.response(500, null, "internal error");
        }
    }
}
