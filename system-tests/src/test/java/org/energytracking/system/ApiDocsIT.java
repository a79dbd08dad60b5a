package org.energytracking.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The API is browsable: a newcomer follows the portal's footer link and reads the operations Swagger UI draws from /openapi. */
@ExtendWith(PlatformExtension.class)
class ApiDocsIT {

    @Test
    void theFooterLeadsToAnInteractivePageOfTheSameOpenApiDocument(Platform platform) throws Exception {
        try (Browser browser = Browser.desktop(platform)) {
            browser.open("/login");
            browser.driver().findElement(By.linkText("API documentation")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector(".opblock-summary-path[data-path='/api/v1/devices']")));
            assertThat(browser.driver().getCurrentUrl()).endsWith("/api-docs/");
            assertThat(browser.driver().findElement(By.cssSelector(".swagger-ui .info")).getText()).contains("Energy");
            browser.screenshot("api-docs");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }
}
