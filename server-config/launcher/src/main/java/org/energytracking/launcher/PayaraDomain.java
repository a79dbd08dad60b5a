package org.energytracking.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The Payara domain the server runs in. {@code create-domain} takes ~16 s, so it runs once per port
 * base into a template; every start copies the untouched template, so the asadmin scripts always
 * configure a pristine domain and no state from an earlier run can leak into this one.
 */
final class PayaraDomain {

    static final String NAME = "energy";
    private static final Logger LOG = Logger.getLogger(PayaraDomain.class.getName());

    private final Path payaraHome;
    private final Path root;
    private final int portBase;
    private final Path jdbcDriver;

    PayaraDomain(Path payaraHome, Path root, int portBase, Path jdbcDriver) {
        this.payaraHome = payaraHome;
        this.root = root;
        this.portBase = portBase;
        this.jdbcDriver = jdbcDriver;
    }

    Path root() {
        return root;
    }

    Path domainsDir() {
        return root.resolve("domains");
    }

    Path domainDir() {
        return domainsDir().resolve(NAME);
    }

    Path asadmin() {
        return payaraHome.resolve("bin/asadmin");
    }

    /** Leaves a fresh copy of the template domain in {@link #domainDir()}. */
    void prepare() throws IOException, InterruptedException {
        Path template = root.resolve("template-" + portBase);
        if (!Files.isDirectory(template.resolve(NAME))) {
            createTemplate(template);
        }
        keepPreviousLogs();
        deleteTree(domainsDir());
        deleteTree(nodeDir());
        copyTree(template.resolve(NAME), domainDir());
        Files.copy(jdbcDriver, domainDir().resolve("lib").resolve(jdbcDriver.getFileName()),
                StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * asadmin's dry run of {@code start-domain} with the rendered scripts ({@code postbootScripts} concatenated);
     * {@code again}: after the server died, on a fresh copy of the template first.
     */
    String dryRun(boolean again, Map<String, String> scriptValues, List<String> postbootScripts)
            throws IOException, InterruptedException {
        if (again) {
            prepare();
        }
        Path preboot = AsadminScript.render(List.of("preboot.asadmin"), scriptValues, root.resolve("preboot.asadmin"));
        Path postboot = AsadminScript.render(postbootScripts, scriptValues, root.resolve("postboot.asadmin"));
        return Processes.runToCompletion(List.of(asadmin().toString(), "start-domain", "--dry-run",
                "--domaindir", domainsDir().toString(), "--prebootcommandfile", preboot.toString(),
                "--postbootcommandfile", postboot.toString(), NAME), root.resolve("dry-run.log"));
    }

    /** Where the deployment group's instances live (CLUSTER_INSTANCES); emptied with the domain at every start. */
    Path nodeDir() {
        return root.resolve("nodes");
    }

    /** The last run's logs survive one restart, in payara/previous-logs, for whoever looks into a crash. */
    private void keepPreviousLogs() throws IOException {
        Path logs = domainDir().resolve("logs");
        if (Files.isDirectory(logs)) {
            Path previous = root.resolve("previous-logs");
            deleteTree(previous);
            Files.move(logs, previous);
        }
    }

    private void createTemplate(Path template) throws IOException, InterruptedException {
        LOG.info(() -> "Creating the Payara domain template for port base " + portBase + " (first start only)");
        Path partial = root.resolve("template-" + portBase + ".partial");
        deleteTree(partial);
        Processes.runToCompletion(List.of(asadmin().toString(), "create-domain", "--nopassword",
                "--checkports=false", "--portbase", Integer.toString(portBase),
                "--domaindir", partial.toString(), NAME), root.resolve("create-domain.log"));
        disableBuiltInJms(partial.resolve(NAME).resolve("config/domain.xml"));
        deleteTree(template);
        Files.move(partial, template);
    }

    /**
     * Payara's own JMS broker (OpenMQ) is not used (Artemis is), yet its lazy listener would take a
     * port on all interfaces. The server config has no jms-service until Payara adds the default at
     * boot, so no asadmin command can turn it off before the listener opens: the template says it.
     */
    private static void disableBuiltInJms(Path domainXml) throws IOException {
        String serverConfig = "<config name=\"server-config\">";
        String config = Files.readString(domainXml);
        if (config.contains(serverConfig)) {
            Files.writeString(domainXml, config.replace(serverConfig, serverConfig
                    + "\n            <jms-service type=\"DISABLED\" default-jms-host=\"default_JMS_host\">"
                    + "<jms-host name=\"default_JMS_host\" host=\"localhost\" port=\"${JMS_PROVIDER_PORT}\" lazy-init=\"true\"/>"
                    + "</jms-service>"));
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
