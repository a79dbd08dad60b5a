package org.energytracking.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@ApplicationPath("/api/v1")
@ApplicationScoped
@OpenAPIDefinition(info = @Info(title = "Energy Tracking API", version = "1",
        description = "Devices, readings and (in later versions) energy, cost, alerts and reports."))
public class ApiApplication extends Application {
}
