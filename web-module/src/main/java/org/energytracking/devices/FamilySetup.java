package org.energytracking.devices;

import java.util.List;

/**
 * Per device family: the topic to try, how mosquitto_pub signs in, an example payload in the family's own
 * format, and the settings of its firmware (Tasmota's console, Shelly's web settings, a ThingsBoard client).
 */
record FamilySetup(String topic, String login, String example, List<String> instructions) {

    static FamilySetup of(MqttAccess a) {
        String id = a.deviceId();
        String server = a.host() + ":" + a.port();
        String login = "-u " + id + " -P '" + a.password() + "'";
        return switch (a.protocol() == null ? "native" : a.protocol()) {
            case "tasmota" -> new FamilySetup("tele/" + id + "/SENSOR", login,
                    "{\"Time\":\"2026-03-08T12:00:00\",\"ENERGY\":{\"Total\":3.705,\"Power\":5,\"Voltage\":233,\"Current\":0.021}}",
                    List.of("Tasmota web UI → Tools → Console, enter (the device restarts):",
                            "Backlog MqttHost " + a.host() + "; MqttPort " + a.port() + "; MqttUser " + id + "; MqttPassword "
                                    + a.password() + "; Topic " + id + "; FullTopic %prefix%/%topic%/; TelePeriod 60",
                            "Set this device's time zone to the zone of Tasmota's clock: its SENSOR Time has no zone."));
            case "shelly-gen1" -> new FamilySetup("shellies/" + id + "/relay/0/power", login, "230.5",
                    List.of("Shelly web UI → Internet & Security → Advanced - Developer Settings → Enable action execution via MQTT:",
                            "Server: " + server + "   Username: " + id + "   Password: " + a.password(),
                            "Use custom MQTT prefix: shellies/" + id + "   Max QoS: 1   Retain: off"));
            case "shelly-gen2" -> new FamilySetup(id + "/status/switch:0", login,
                    "{\"id\":0,\"apower\":10.7,\"voltage\":230.1,\"current\":0.05,\"aenergy\":{\"total\":1234.5}}",
                    List.of("Shelly web UI → Settings → MQTT: Enable MQTT Network",
                            "Server: " + server + "   Client ID: " + id + "   User: " + id + "   Password: " + a.password(),
                            "MQTT prefix: " + id + "   RPC status notifications over MQTT: on   Generic status update over MQTT: on"));
            case "thingsboard" -> new FamilySetup("v1/devices/me/telemetry", "-u '" + a.accessToken() + "'",
                    "{\"ts\":1772971200000,\"values\":{\"power\":230.5,\"energy\":1234}}",
                    List.of("ThingsBoard client settings: Host " + a.host() + "   Port " + a.port(),
                            "Access token (MQTT user name, no password): " + a.accessToken(),
                            "Over HTTP: POST /api/v1/" + a.accessToken() + "/telemetry with the same JSON"));
            default -> new FamilySetup("devices/" + id + "/readings", login, "{\"power\":230.5,\"energy\":1234}",
                    List.of("Server: " + server + "   User name: " + id + "   Password: " + a.password()));
        };
    }
}
