package org.energytracking.settings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.energytracking.kernel.UtcInstant;

/** An administrator's value for one {@link EditableSetting}; no row means the default. */
@Entity
@Table(name = "system_setting")
public class SystemSetting {

    @Id
    private String name;
    private String value;
    @Column(name = "updated_at")
    @Convert(converter = UtcInstant.class)
    private Instant updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;

    protected SystemSetting() {
    }

    public SystemSetting(String name, String value, Instant at, String by) {
        this.name = name;
        change(value, at, by);
    }

    public void change(String value, Instant at, String by) {
        this.value = value;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public String name() {
        return name;
    }

    public String value() {
        return value;
    }
}
