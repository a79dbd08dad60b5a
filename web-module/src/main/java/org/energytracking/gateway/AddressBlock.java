package org.energytracking.gateway;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * The key a client address is rate-limited under. An IPv6 subscriber is usually handed a whole /64
 * and can pick any of its 2^64 addresses, so IPv6 clients share one key per /64; IPv4 addresses stay
 * one key each.
 */
final class AddressBlock {

    private static final Pattern IPV6_LITERAL = Pattern.compile("\\[?[0-9A-Fa-f:.]*:[0-9A-Fa-f:.%a-zA-Z]*]?");

    private AddressBlock() {
    }

    static String of(String address) {
        if (address == null || !IPV6_LITERAL.matcher(address).matches()) {
            return address;
        }
        try {
            // a literal, so no name lookup happens
            InetAddress parsed = InetAddress.getByName(address);
            if (!(parsed instanceof Inet6Address)) {
                return parsed.getHostAddress();
            }
            byte[] bytes = parsed.getAddress();
            StringBuilder prefix = new StringBuilder();
            for (int group = 0; group < 4; group++) {
                prefix.append(Integer.toHexString(((bytes[2 * group] & 0xff) << 8) | (bytes[2 * group + 1] & 0xff))).append(':');
            }
            return prefix.append(":/64").toString();
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
