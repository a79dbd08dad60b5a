package org.energytracking.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressBlockTest {

    @Test
    void ipv6AddressesOfOneSlash64ShareAKey() {
        assertThat(AddressBlock.of("2001:db8:85a3:8d3:1319:8a2e:370:7348")).isEqualTo("2001:db8:85a3:8d3::/64");
        assertThat(AddressBlock.of("2001:0db8:85a3:08d3::1")).isEqualTo("2001:db8:85a3:8d3::/64");
    }

    @Test
    void anotherSlash64IsAnotherKey() {
        assertThat(AddressBlock.of("2001:db8:85a3:8d4::1")).isEqualTo("2001:db8:85a3:8d4::/64");
    }

    @Test
    void ipv4AddressesStayOneKeyEach() {
        assertThat(AddressBlock.of("192.0.2.7")).isEqualTo("192.0.2.7");
    }

    @Test
    void anIpv4MappedAddressIsItsIpv4Address() {
        assertThat(AddressBlock.of("::ffff:192.0.2.7")).isEqualTo("192.0.2.7");
    }

    @Test
    void loopbackAndBracketedFormsAreRead() {
        assertThat(AddressBlock.of("0:0:0:0:0:0:0:1")).isEqualTo("0:0:0:0::/64");
        assertThat(AddressBlock.of("[2001:db8::5]")).isEqualTo("2001:db8:0:0::/64");
    }

    @Test
    void somethingThatIsNoAddressIsKeptAsItIs() {
        assertThat(AddressBlock.of("unknown")).isEqualTo("unknown");
    }
}
