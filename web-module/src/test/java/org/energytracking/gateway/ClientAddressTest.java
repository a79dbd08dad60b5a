package org.energytracking.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private final ClientAddress behindProxies = new ClientAddress(List.of("10.0.0.1", " 10.0.0.2 ", ""));

    @Test
    void withoutTrustedProxiesTheSocketAddressIsTheClient() {
        ClientAddress direct = new ClientAddress(List.of());
        assertThat(direct.resolve("198.51.100.7", List.of("203.0.113.9"))).isEqualTo("198.51.100.7");
    }

    @Test
    void forwardedForFromAnUntrustedPeerIsIgnored() {
        assertThat(behindProxies.resolve("198.51.100.7", List.of("203.0.113.9, 10.0.0.1"))).isEqualTo("198.51.100.7");
    }

    @Test
    void behindATrustedProxyTheRightMostUntrustedHopIsTheClient() {
        assertThat(behindProxies.resolve("10.0.0.1", List.of("203.0.113.9"))).isEqualTo("203.0.113.9");
        assertThat(behindProxies.resolve("10.0.0.1", List.of("203.0.113.9, 10.0.0.2"))).isEqualTo("203.0.113.9");
    }

    @Test
    void addressesTheClientPutInFrontAreIgnored() {
        assertThat(behindProxies.resolve("10.0.0.1", List.of("1.2.3.4, 5.6.7.8, 203.0.113.9"))).isEqualTo("203.0.113.9");
        assertThat(behindProxies.resolve("10.0.0.1", List.of("1.2.3.4", "203.0.113.9"))).as("several headers")
                .isEqualTo("203.0.113.9");
    }

    @Test
    void withoutAUsableHeaderTheProxyIsTheClient() {
        assertThat(behindProxies.resolve("10.0.0.1", List.of())).isEqualTo("10.0.0.1");
        assertThat(behindProxies.resolve("10.0.0.1", List.of(" , "))).isEqualTo("10.0.0.1");
        assertThat(behindProxies.resolve("10.0.0.1", List.of("1.2.3.4, not-an-address"))).isEqualTo("10.0.0.1");
    }

    @Test
    void aChainOfOnlyTrustedProxiesNamesTheFirst() {
        assertThat(behindProxies.resolve("10.0.0.1", List.of("10.0.0.2, 10.0.0.1"))).isEqualTo("10.0.0.2");
    }

    @Test
    void ipv6HopsAreAddresses() {
        assertThat(behindProxies.resolve("10.0.0.1", List.of("2001:db8::7"))).isEqualTo("2001:db8::7");
    }
}
