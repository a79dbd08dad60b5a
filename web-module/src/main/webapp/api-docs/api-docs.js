// The same OpenAPI document the platform serves at /openapi; "Authorize" takes an access token from POST /api/v1/auth/login.
window.ui = SwaggerUIBundle({
  url: '/openapi',
  dom_id: '#swagger-ui',
  deepLinking: true,
  tryItOutEnabled: false
});
