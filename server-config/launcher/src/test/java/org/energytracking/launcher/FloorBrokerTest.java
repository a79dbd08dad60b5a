package org.energytracking.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.JournalType;
import org.junit.jupiter.api.Test;

class FloorBrokerTest {

    @Test
    void noSettingsLeaveTheConfigurationAsItWas() {
        Configuration configuration = new ConfigurationImpl().setJournalType(JournalType.NIO).setJournalDatasync(true);
        FloorBroker.adjust(configuration, List.of());
        assertThat(configuration.getJournalType()).isEqualTo(JournalType.NIO);
        assertThat(configuration.isJournalDatasync()).isTrue();
        assertThat(configuration.isJournalSyncNonTransactional()).isTrue();
    }

    @Test
    void journalSettingsAreNamedAsInBrokerXml() {
        Configuration configuration = new ConfigurationImpl();
        FloorBroker.adjust(configuration, List.of("journal-type=asyncio", "journal-buffer-timeout=1000000",
                "journal-sync-non-transactional=false", "journal-datasync=false"));
        assertThat(configuration.getJournalType()).isEqualTo(JournalType.ASYNCIO);
        assertThat(configuration.getJournalBufferTimeout_NIO()).isEqualTo(1_000_000);
        assertThat(configuration.getJournalBufferTimeout_AIO()).isEqualTo(1_000_000);
        assertThat(configuration.isJournalSyncNonTransactional()).isFalse();
        assertThat(configuration.isJournalDatasync()).isFalse();
    }

    @Test
    void unknownOrMalformedSettingsAreRefused() {
        Configuration configuration = new ConfigurationImpl();
        assertThatThrownBy(() -> FloorBroker.adjust(configuration, List.of("journal-size=1"))).hasMessageContaining("unknown");
        assertThatThrownBy(() -> FloorBroker.adjust(configuration, List.of("journal-type"))).hasMessageContaining("name=value");
        assertThatThrownBy(() -> FloorBroker.adjust(configuration, List.of("journal-datasync=yes"))).hasMessageContaining("true or false");
    }
}
