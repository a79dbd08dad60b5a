package org.energytracking.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by its own ChromeDriver (both from apt; Selenium is told
 * where they are, so it downloads nothing). One browser per test; every test leaves screenshots
 * under target/screenshots for a person to look at.
 */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

    private final ChromeDriver driver;
    private final String baseUrl;
    private final WebDriverWait wait;
    private final Path downloads;

    Browser(String baseUrl, int width, int height) {
        this(baseUrl, width, height, null);
    }

    /** downloads: where files the pages send land (null: the browser's default). */
    Browser(String baseUrl, int width, int height, Path downloads) {
        this.baseUrl = baseUrl;
        this.downloads = downloads;
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--window-size=" + width + "," + height);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        if (downloads != null) {
            options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
                    "download.prompt_for_download", false));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        // An ajax update can replace an element between finding it and reading it; the next poll finds the new one.
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    static Browser desktop(Platform platform) {
        return new Browser(platform.running().httpUrl(), 1440, 900);
    }

    /** A desktop browser whose downloads land in a fresh folder of their own under target/downloads. */
    static Browser downloading(Platform platform, String name) throws IOException {
        return new Browser(platform.running().httpUrl(), 1440, 900,
                Files.createDirectories(Path.of("target/downloads/" + name + "-" + System.nanoTime())));
    }

    static Browser phone(Platform platform) {
        return new Browser(platform.running().httpUrl(), 375, 812);
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    WebElement await(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    void awaitText(By locator, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    void awaitUrl(String fragment) {
        wait.until(ExpectedConditions.urlContains(fragment));
    }

    /** Replaces the field's text (select all, delete: widgets such as date pickers may refill a cleared field). */
    void type(String id, String text) {
        WebElement field = await(By.id(id));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        field.sendKeys(text);
    }

    /**
     * Sets a date picker's text as if typed: the widget's own keyboard handling loses keystrokes
     * under Selenium; the form submits the text either way.
     */
    void setText(String id, String text) {
        WebElement field = await(By.id(id));
        driver.executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", field, text);
    }

    /** Waits until PrimeFaces has no ajax request queued or in flight (a re-render may replace what one types next). */
    void awaitAjax() {
        wait.until(d -> Boolean.TRUE.equals(driver.executeScript("return (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
                + " && (!window.jQuery || jQuery.active === 0);")));
    }

    /**
     * Picks an item of a PrimeFaces select menu by its label through the menu's widget, as its own
     * client-side API does (select, then the change its ajax listens to), and checks the menu shows
     * it. Clicking items in the opened panel proved flaky under Selenium: a panel re-rendered by ajax
     * or still fading in sometimes ignored the click, or the widget threw in the page.
     */
    void choose(String menuId, String label) {
        awaitAjax();
        Object chosen = driver.executeScript("var id = arguments[0], label = arguments[1];"
                + " for (var k in PrimeFaces.widgets) { var w = PrimeFaces.widgets[k];"
                + "   if (w && w.id === id && w.input) {"
                + "     var option = w.input.find('option').filter(function () { return $(this).text() === label; });"
                + "     if (!option.length) { return false; }"
                + "     w.selectValue(option.val()); w.triggerChange(); return true; } }"
                + " return false;", menuId, label);
        if (!Boolean.TRUE.equals(chosen)) {
            throw new IllegalStateException(menuId + " has no item '" + label + "'");
        }
        wait.until(d -> d.findElement(By.id(menuId + "_label")).getText().equals(label));
        awaitAjax();
    }

    void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    void signIn(String email, String password) {
        open("/login");
        type("form:email", email);
        type("form:password", password);
        click("form:signIn");
        awaitUrl("/app/dashboard");
    }

    /** The lines of the file whose name ends so, once it has fully arrived in the download folder. */
    List<String> download(String nameEnd) throws IOException {
        Path file = Awaitility.await("a file ending in " + nameEnd + " fully downloaded to " + downloads).atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200)).until(() -> downloaded(nameEnd), Optional::isPresent).orElseThrow();
        return Files.readAllLines(file);
    }

    /** Chromium reserves the name with an empty file and writes into a .crdownload beside it. */
    private Optional<Path> downloaded(String nameEnd) throws IOException {
        try (Stream<Path> files = Files.list(downloads)) {
            List<Path> present = files.toList();
            boolean writing = present.stream().anyMatch(file -> file.getFileName().toString().endsWith(".crdownload"));
            Optional<Path> done = present.stream().filter(file -> file.getFileName().toString().endsWith(nameEnd)).findFirst();
            return done.isPresent() && !writing && Files.size(done.get()) > 0 ? done : Optional.empty();
        }
    }

    /** Errors the page's scripts logged (a finished page has none). */
    /** The series of a drawn PrimeFaces chart by label, as Chart.js holds them (a gap is null). */
    @SuppressWarnings("unchecked")
    Map<String, List<Number>> chartSeries(String chartId) {
        return (Map<String, List<Number>>) wait.until(d -> driver.executeScript("var chart = null;"
                + " for (var k in PrimeFaces.widgets) { var w = PrimeFaces.widgets[k]; if (w && w.id === arguments[0] && w.chart) { chart = w.chart; } }"
                + " if (!chart) { return null; } var series = {};"
                + " chart.data.datasets.forEach(function (d) { series[d.label] = d.data.map(function (v) { return v === null ? null : Number(v); }); });"
                + " return series;", chartId));
    }

    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.move(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
