package org.energytracking.notify.entity;

import java.util.List;
import java.util.stream.Collectors;

/** Several held notifications in one email: one line each, oldest first, each with a link to its alert. */
public record DigestEmail(DigestKind kind, List<Line> lines, String unsubscribeLink) {

    /** When it happened (local "HH:mm" or "d MMM HH:mm"), what happened, and where to see it. */
    public record Line(String at, String words, String alertLink) {
    }

    public String subject() {
        String count = lines.size() == 1 ? "1 alert event" : lines.size() + " alert events";
        return "[Energy] " + (kind == DigestKind.DAILY ? "Daily digest: " + count : count + " during your quiet hours");
    }

    public String text() {
        return lines.stream().map(line -> line.at() + "  " + line.words() + "\n        " + line.alertLink()).collect(Collectors.joining("\n"))
                + "\n\n-- \nNo more alert emails: " + unsubscribeLink + "\n";
    }

    public String html() {
        return "<ul>" + lines.stream().map(line -> "<li>" + AlertEmail.escape(line.at()) + " <a href=\"" + AlertEmail.escape(line.alertLink())
                + "\">" + AlertEmail.escape(line.words()) + "</a></li>").collect(Collectors.joining()) + "</ul>"
                + AlertEmail.footer(unsubscribeLink);
    }
}
