package org.energytracking.notify.entity;

/** An alert email's parts: what happened in the subject, the words, a link to the alert, and the way out. */
public record AlertEmail(String headline, String words, String alertLink, String unsubscribeLink) {

    public String subject() {
        return "[Energy] " + headline;
    }

    public String text() {
        return words + "\n\nSee the alert: " + alertLink + "\n\n-- \nNo more alert emails: " + unsubscribeLink + "\n";
    }

    public String html() {
        return "<p>" + escape(words) + "</p><p><a href=\"" + escape(alertLink) + "\">See the alert</a></p>"
                + footer(unsubscribeLink);
    }

    static String footer(String unsubscribeLink) {
        return "<p style=\"color:#666;font-size:small\"><a href=\"" + escape(unsubscribeLink) + "\">No more alert emails</a></p>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
