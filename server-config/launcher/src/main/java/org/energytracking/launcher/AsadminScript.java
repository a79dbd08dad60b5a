package org.energytracking.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** An asadmin command file from server-config, with {@code @NAME@} placeholders filled in. */
final class AsadminScript {

    private AsadminScript() {
    }

    /** The scripts one after the other in one file. */
    static Path render(List<String> resources, Map<String, String> values, Path target) throws IOException {
        StringBuilder joined = new StringBuilder();
        for (String resource : resources) {
            try (InputStream in = AsadminScript.class.getResourceAsStream("/asadmin/" + resource)) {
                if (in == null) {
                    throw new IOException("missing asadmin script " + resource);
                }
                joined.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            }
        }
        String text = joined.toString();
        String resource = String.join(" + ", resources);
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("@" + value.getKey() + "@", value.getValue());
        }
        java.util.regex.Matcher unfilled = java.util.regex.Pattern.compile("@[A-Z_]+@").matcher(text);
        if (unfilled.find()) {
            throw new IOException("unfilled placeholder " + unfilled.group() + " in " + resource);
        }
        Files.createDirectories(target.getParent());
        // it holds the database's and the broker's passwords
        Secrets.writeOwnerOnly(target, text);
        return target;
    }

    /** Escapes a value for asadmin's {@code --property a=b:c=d} syntax. */
    static String propertyValue(String value) {
        return value.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=");
    }
}
