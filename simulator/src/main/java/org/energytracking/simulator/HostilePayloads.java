package org.energytracking.simulator;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * The payloads an attacker or a broken device sends: each kind once per cycle, deterministic for a
 * seed. Every one must be refused with a reason; none may harm the valid stream beside it.
 */
final class HostilePayloads {

    static final int HUGE_BYTES = 10 * 1024 * 1024;
    static final List<String> KINDS = List.of("random-bytes", "deep-nesting", "huge", "array-100k", "wrong-types",
            "nan-infinity", "far-future", "before-1970", "sql-fragment", "html-fragment", "odd-topic");

    private final Random random;
    private final int hugeEvery;

    /** {@code hugeEvery}: only every n-th "huge" turn really sends 10 MB, the rest 300 KB, to keep disk use sane. */
    HostilePayloads(long seed, int hugeEvery) {
        this.random = new Random(seed);
        this.hugeEvery = hugeEvery;
    }

    String kind(long index) {
        return KINDS.get((int) (index % KINDS.size()));
    }

    /** The topic suffix after {@code devices/{id}/}: "readings", or an odd one. */
    String topicSuffix(long index) {
        return kind(index).equals("odd-topic") ? "readings/../x%00 'DROP" : "readings";
    }

    byte[] payload(long index) {
        long now = System.currentTimeMillis();
        return switch (kind(index)) {
            case "random-bytes" -> randomBytes(1 + random.nextInt(2048));
            case "deep-nesting" -> utf8("[".repeat(100_000) + "]".repeat(100_000));
            case "huge" -> utf8("{\"power\":1,\"pad\":\"" + "x".repeat(index / KINDS.size() % hugeEvery == 0
                    ? HUGE_BYTES : 300 * 1024) + "\"}");
            case "array-100k" -> array100k(now);
            case "wrong-types" -> utf8("{\"ts\":\"yesterday\",\"power\":\"high\",\"energy\":[1,2],\"voltage\":{\"v\":1}}");
            case "nan-infinity" -> utf8("{\"power\":NaN,\"energy\":Infinity,\"voltage\":-Infinity}");
            case "far-future" -> utf8("{\"ts\":" + (now + 400L * 86_400_000L) + ",\"power\":5}");
            case "before-1970" -> utf8("{\"ts\":-86400000,\"power\":5}");
            case "sql-fragment" -> utf8("{\"power\":\"1); DROP TABLE reading; --\",\"energy\":\"' OR '1'='1\"}");
            case "html-fragment" -> utf8("{\"power\":\"<script>alert(1)</script>\",\"unit\":\"<img src=x onerror=1>\"}");
            default -> utf8("{\"power\":1}");
        };
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] array100k(long now) {
        StringBuilder json = new StringBuilder(2_400_000).append('[');
        for (int i = 0; i < 100_000; i++) {
            json.append(i == 0 ? "" : ",").append("{\"ts\":").append(now - i).append(",\"power\":1}");
        }
        return utf8(json.append(']').toString());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
