package org.energytracking.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.energytracking.ingest.control.IngestMetrics;
import org.energytracking.ingest.control.ReadingWriter;
import org.energytracking.ingest.entity.Reading;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In-container (Arquillian): the group-commit writer against the platform's own connection pool
 * (jdbc/energy) inside the running Payara.
 */
@ExtendWith(PlatformBeforeArquillian.class)
@ExtendWith(ArquillianExtension.class)
class ReadingWriterInContainerIT {

    @Deployment
    static WebArchive writer() {
        return ShrinkWrap.create(WebArchive.class, "reading-writer-it.war")
                .addClass(PlatformBeforeArquillian.class)
                .addPackage(ReadingWriter.class.getPackage())
                .addClass(Reading.class)
                .addPackage("org.energytracking.ingest.entity")
                .addPackage("org.energytracking.devices.entity")
                .addPackage("org.energytracking.devices.control")
                .addPackage("org.energytracking.cluster.entity")
                .addPackage("org.energytracking.kernel")
                .addPackage("org.energytracking.live.control")
                .addPackage("org.energytracking.database.entity")
                .addPackage("org.energytracking.settings.entity")
                .addAsWebInfResource(new StringAsset("<beans bean-discovery-mode=\"annotated\" version=\"4.0\"/>"), "beans.xml")
                .addAsResource(new StringAsset("writer.max-batch-readings=5000\nwriter.retry-window-seconds=5\nwriter.linger-millis=0\n"
                        + "ingest.shelly-gen1.merge-window=PT10S\nlive.relay=false\n"
                        + "ingest.max-payload-bytes=262144\ningest.max-readings-per-message=10000\n"
                        + "ingest.max-clock-skew=P1D\nretention.months=60\npartitions.months-ahead=3\n"),
                        "META-INF/microprofile-config.properties");
    }

    @Inject
    ReadingWriter writer;
    @Inject
    MetricRegistry metrics;
    @Resource(lookup = "jdbc/energy")
    DataSource dataSource;

    @Test
    void concurrentCallersShareCommitsAndEveryReadingIsStored() throws Exception {
        long device = newDeviceRow("writer-it-" + System.nanoTime());
        long commitsBefore = metrics.histogram("writer_batch_readings").getCount();
        long start = System.currentTimeMillis() - 3_600_000;
        int callers = 32;
        int writesEach = 50;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < callers; c++) {
            int caller = c;
            done.add(pool.submit(() -> {
                for (int w = 0; w < writesEach; w++) {
                    long ts = start + caller * 1_000L + w;
                    writer.write(device, List.of(new Reading("writer-it", ts, 100.0 + w, null, null, null, null)));
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        long commits = metrics.histogram("writer_batch_readings").getCount() - commitsBefore;

        assertEquals(callers * writesEach, count(device));
        assertTrue(commits < callers * writesEach, "expected shared commits, got " + commits + " for " + callers * writesEach + " writes");
    }

    @Test
    void writingTheSameReadingsAgainChangesNothing() throws Exception {
        long device = newDeviceRow("writer-dup-" + System.nanoTime());
        List<Reading> readings = List.of(new Reading("d", 1_000_000_000_000L + System.currentTimeMillis() % 1000, 1.0, 230.0, null, 5.0, null),
                new Reading("d", System.currentTimeMillis() - 10_000, 2.0, null, null, 6.0, null));
        writer.write(device, readings);
        writer.write(device, readings);
        assertEquals(2, count(device));
    }

    @Test
    void aLaterReadingAtTheSameTimeAddsWhatTheFirstLackedAndKeepsWhatItDoesNotReport() throws Exception {
        long device = newDeviceRow("writer-merge-" + System.nanoTime());
        long ts = System.currentTimeMillis() - 20_000;
        writer.write(device, List.of(new Reading("d", ts, 100.0, 230.0, null, null, 21.5)));
        writer.write(device, List.of(new Reading("d", ts, 120.0, null, 0.5, 5_000.0, null)));
        assertEquals(1, count(device));
        assertEquals(Arrays.asList(120.0, 230.0, 0.5, 5_000.0, 21.5), stored(device, ts));
    }

    /** 2,500 readings in one write: two statements of the writer's largest size (1,000 rows) and a shorter one. */
    @Test
    void aWriteLongerThanTheLargestStatementIsStoredWholeWithEveryField() throws Exception {
        long device = newDeviceRow("writer-long-" + System.nanoTime());
        long start = System.currentTimeMillis() - 7_200_000;
        List<Reading> readings = IntStream.range(0, 2_500)
                .mapToObj(i -> new Reading("d", start + i, (double) i, 230.0, 1.5, 10_000.0 + i, 20.0)).toList();
        writer.write(device, readings);
        assertEquals(2_500, count(device));
        for (int i : new int[] {0, 999, 1_000, 1_999, 2_000, 2_499}) {
            assertEquals(Arrays.asList((double) i, 230.0, 1.5, 10_000.0 + i, 20.0), stored(device, start + i), "reading " + i);
        }
    }

    private long newDeviceRow(String deviceId) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO device (device_id, name, timezone, created_at, updated_at)"
                     + " VALUES (?, 'writer test', 'UTC', NOW(3), NOW(3))", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, deviceId);
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                return key.getLong(1);
            }
        }
    }

    /** Power, voltage, current, energy and temperature as stored (null where none is). */
    private List<Double> stored(long device, long ts) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT power_w, voltage_v, current_a, energy_wh, temperature_c"
                     + " FROM reading WHERE device_id = ? AND ts = ?")) {
            select.setLong(1, device);
            select.setLong(2, ts);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next(), "no reading at " + ts);
                List<Double> values = new ArrayList<>();
                for (int column = 1; column <= 5; column++) {
                    values.add(row.getObject(column, Double.class));
                }
                return values;
            }
        }
    }

    private long count(long device) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM reading WHERE device_id = ?")) {
            select.setLong(1, device);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
