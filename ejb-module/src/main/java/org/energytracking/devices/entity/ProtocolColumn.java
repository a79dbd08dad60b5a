package org.energytracking.devices.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a protocol by its key ("shelly-gen1"), the name users and the API see. */
@Converter
public class ProtocolColumn implements AttributeConverter<DeviceProtocol, String> {

    @Override
    public String convertToDatabaseColumn(DeviceProtocol protocol) {
        return protocol == null ? DeviceProtocol.NATIVE.key() : protocol.key();
    }

    @Override
    public DeviceProtocol convertToEntityAttribute(String key) {
        return DeviceProtocol.byKey(key).orElse(DeviceProtocol.NATIVE);
    }
}
