package org.energytracking.settings.entity;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.energytracking.kernel.Problem;

/** What an editable setting's value is, and how a typed value is checked and normalised. */
enum ValueKind {
    WHOLE_NUMBER {
        @Override
        String normalise(EditableSetting setting, String value) {
            return setting.wholeNumber(value);
        }
    },
    YES_NO {
        @Override
        String normalise(EditableSetting setting, String value) {
            String lower = value.toLowerCase(Locale.ROOT);
            if (!lower.equals("true") && !lower.equals("false")) {
                throw Problem.invalid(setting.key(), setting.key() + " must be true or false, not '" + value + "'");
            }
            return lower;
        }
    },
    HOST {
        private static final Pattern NAME = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]{2,45}]");

        @Override
        String normalise(EditableSetting setting, String value) {
            if (!NAME.matcher(value).matches()) {
                throw Problem.invalid(setting.key(), setting.key() + " must be a host name or an IP address, not '" + value + "'");
            }
            return value;
        }
    },
    EMAIL_ADDRESS {
        @Override
        String normalise(EditableSetting setting, String value) {
            try {
                InternetAddress address = new InternetAddress(value, true);
                address.validate();
                if (address.isGroup() || !address.getAddress().contains("@")) {
                    throw new AddressException("no user@domain address", value);
                }
                return address.toUnicodeString();
            } catch (AddressException e) {
                throw Problem.invalid(setting.key(), setting.key() + " must be an email address such as"
                        + " 'Energy Tracking <no-reply@example.com>', not '" + value + "'");
            }
        }
    },
    HTTP_URL {
        @Override
        String normalise(EditableSetting setting, String value) {
            try {
                URI uri = new URI(value);
                if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                    return uri.toString();
                }
            } catch (URISyntaxException e) {
                // refused below like any other address that is not http(s)
            }
            throw Problem.invalid(setting.key(), setting.key() + " must be an http or https address with a host, not '" + value + "'");
        }
    },
    TEXT {
        @Override
        String normalise(EditableSetting setting, String value) {
            return value;
        }
    },
    SECRET {
        @Override
        String normalise(EditableSetting setting, String value) {
            return value;
        }
    };

    abstract String normalise(EditableSetting setting, String value);
}
