package org.energytracking.ingest.control;

/** Syntax checks for numbers written as text, without regular expressions (they run once per CSV cell). */
final class NumberText {

    private NumberText() {
    }

    /** [sign] digits, nothing else. */
    static boolean isInteger(String text) {
        int first = text.charAt(0) == '-' || text.charAt(0) == '+' ? 1 : 0;
        if (first == text.length()) {
            return false;
        }
        for (int i = first; i < text.length(); i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Decimal notation only ([sign] digits [. digits] [e [sign] digits]): Double.parseDouble alone would
     * also take "NaN", "Infinity", hex floats and a trailing 'd' or 'f'.
     */
    static boolean isDecimal(String text) {
        int i = 0;
        int length = text.length();
        if (i < length && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            i++;
        }
        int digits = 0;
        for (; i < length && isDigit(text.charAt(i)); i++) {
            digits++;
        }
        if (i < length && text.charAt(i) == '.') {
            for (i++; i < length && isDigit(text.charAt(i)); i++) {
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < length && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
                i++;
            }
            int exponentDigits = 0;
            for (; i < length && isDigit(text.charAt(i)); i++) {
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return false;
            }
        }
        return i == length;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
