package org.energytracking.ingest.control;

/** UTF-8 arithmetic on Java strings, so a size limit in bytes can be checked without encoding the text. */
final class Utf8 {

    private Utf8() {
    }

    /** The number of bytes the text takes in UTF-8 (a lone surrogate counts as the 1-byte '?' it would become). */
    static long byteLength(CharSequence text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                bytes += 1;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
