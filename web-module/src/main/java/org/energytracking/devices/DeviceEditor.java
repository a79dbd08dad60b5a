package org.energytracking.devices;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.energytracking.devices.boundary.Devices;
import org.energytracking.devices.entity.Device;
import org.energytracking.devices.entity.DeviceDetails;
import org.energytracking.devices.entity.DeviceProtocol;
import org.energytracking.devices.entity.KeyMapping;
import org.energytracking.identity.PortalUser;
import org.energytracking.identity.entity.Permission;
import org.energytracking.identity.entity.Secret;
import org.energytracking.kernel.Problem;
import org.energytracking.kernel.Zones;
import org.energytracking.portal.Faces;
import org.primefaces.PrimeFaces;

/**
 * The add/edit dialog and the once-only MQTT credentials: the password exists only in the answer
 * that issued it, so it lives in this view until the dialog is closed.
 */
@Named
@ViewScoped
public class DeviceEditor implements Serializable {

    @Inject
    Devices devices;
    @Inject
    PortalUser user;
    @Inject
    MqttEndpoint mqtt;

    private boolean editing;
    private String deviceId;
    private String name;
    private String type;
    private String location;
    private String timezone = "UTC";
    private Long siteId;
    private Double counterMaxWh;
    private String protocol = DeviceProtocol.NATIVE.key();
    private String keyMapping;
    private MqttAccess access;

    public void startNew() {
        editing = false;
        deviceId = name = type = location = null;
        timezone = "UTC";
        siteId = null;
        counterMaxWh = null;
        protocol = DeviceProtocol.NATIVE.key();
        keyMapping = null;
    }

    public void startEdit(DeviceRow row) {
        editing = true;
        deviceId = row.deviceId();
        name = row.name();
        type = row.type();
        location = row.location();
        timezone = row.timezone();
        siteId = row.siteId();
        counterMaxWh = row.counterMaxWh();
        protocol = row.protocol();
        keyMapping = row.keyMapping();
    }

    public void save() {
        try {
            DeviceDetails details = new DeviceDetails(name, blankToNull(type), blankToNull(location), timezone, counterMaxWh,
                    DeviceProtocol.byKey(protocol).orElse(DeviceProtocol.NATIVE), KeyMapping.parse(keyMapping));
            if (editing) {
                devices.update(deviceId, details, siteId);
                DeviceTexts.info("devices.saved", name);
            } else {
                Devices.Registration registration = devices.register(deviceId, details, siteId, Faces.client());
                show(registration.device().deviceId(), registration.mqttSecret());
            }
            PrimeFaces.current().executeScript("PF('editDialog').hide()");
        } catch (Problem problem) {
            Faces.problem(problem);
        }
    }

    /** New credentials for a lost or leaked password; the old one stops working. */
    public void newPassword(String id) {
        try {
            show(id, devices.issueMqttSecret(id, Faces.client()));
        } catch (Problem problem) {
            Faces.problem(problem);
        }
    }

    public void forgetCredentials() {
        access = null;
    }

    private void show(String id, Secret secret) {
        String family = devices.find(id, Permission.DEVICES_READ).details().protocol().key();
        access = mqtt.access(id, family, secret.value());
        PrimeFaces.current().ajax().update("credentials");
        PrimeFaces.current().executeScript("PF('credentialsDialog').show()");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public List<String> getZones() {
        return Zones.choices();
    }

    public int getIdLength() {
        return Device.MAX_ID_LENGTH;
    }

    public MqttAccess getAccess() {
        return access;
    }

    public boolean isEditing() {
        return editing;
    }

    public String getDeviceId() {
        return deviceId;
    }

    public void setDeviceId(String deviceId) {
        this.deviceId = deviceId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getTimezone() {
        return timezone;
    }

    public void setTimezone(String timezone) {
        this.timezone = timezone;
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public Double getCounterMaxWh() {
        return counterMaxWh;
    }

    public void setCounterMaxWh(Double counterMaxWh) {
        this.counterMaxWh = counterMaxWh;
    }

    public String getProtocol() {
        return protocol;
    }

    public void setProtocol(String protocol) {
        this.protocol = protocol;
    }

    public String getKeyMapping() {
        return keyMapping;
    }

    public void setKeyMapping(String keyMapping) {
        this.keyMapping = keyMapping;
    }

    public List<String> getProtocols() {
        return Arrays.stream(DeviceProtocol.values()).map(DeviceProtocol::key).toList();
    }
}
