package org.energytracking.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@ApplicationPath("/api/v1")
@LoginConfig(authMethod = "MP-JWT", realmName = "energy")
@ApplicationScoped
@OpenAPIDefinition(info = @Info(title = "Energy Tracking API", version = "1",
        description = "Accounts, sites, devices, readings and (in later versions) energy, cost, alerts and reports."))
public class ApiApplication extends Application {
}
