package org.cytosis.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A described cellular event: structured fields, free text, or both. Every field is optional.
 *
 * <pre>{@code
 * CellEvent event = CellEvent.builder()
 *     .id("neutrophil-1")
 *     .cellType("neutrophil")
 *     .direction(Direction.INTO_CELL)
 *     .cargo(Cargo.SOLID_PARTICLE)
 *     .build();
 * }</pre>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "id",
  "description",
  "cellType",
  "direction",
  "membraneEvent",
  "vesicleOrigin",
  "membraneSizeChange",
  "cargo",
  "vesicleType",
  "trigger",
  "mechanism"
})
public record CellEvent(
    String id,
    String description,
    String cellType,
    Direction direction,
    MembraneEvent membraneEvent,
    VesicleOrigin vesicleOrigin,
    MembraneSizeChange membraneSizeChange,
    Cargo cargo,
    VesicleType vesicleType,
    Trigger trigger,
    Mechanism mechanism) {

  /** {@return a builder with every field unset} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder that starts from this event, to change a few fields} */
  public Builder toBuilder() {
    return new Builder()
        .id(id)
        .description(description)
        .cellType(cellType)
        .direction(direction)
        .membraneEvent(membraneEvent)
        .vesicleOrigin(vesicleOrigin)
        .membraneSizeChange(membraneSizeChange)
        .cargo(cargo)
        .vesicleType(vesicleType)
        .trigger(trigger)
        .mechanism(mechanism);
  }

  /** Builds events field by field; unset fields stay null (unknown). */
  public static final class Builder {
    private String id;
    private String description;
    private String cellType;
    private Direction direction;
    private MembraneEvent membraneEvent;
    private VesicleOrigin vesicleOrigin;
    private MembraneSizeChange membraneSizeChange;
    private Cargo cargo;
    private VesicleType vesicleType;
    private Trigger trigger;
    private Mechanism mechanism;

    private Builder() {}

    /**
     * Sets the event's id, shown with its result.
     *
     * @param v the value, or null for unknown
     * @return this builder
     */
    public Builder id(String v) {
      id = v;
      return this;
    }

    /**
     * Sets the event described in English.
     *
     * @param v the value, or null for unknown
     * @return this builder
     */
    public Builder description(String v) {
      description = v;
      return this;
    }

    /**
     * Sets the kind of cell, by name.
     *
     * @param v the value, or null for unknown
     * @return this builder
     */
    public Builder cellType(String v) {
      cellType = v;
      return this;
    }

    /**
     * Sets which way the cargo crosses the membrane.
     *
     * @param v the value, or null for unknown
     * @return this builder
     */
    public Builder direction(Direction v) {
      direction = v;
      return this;
    }

    /**
     * Sets what the membrane does.
     *
     * @param v the value, or null for unknown
     * @return this builder
     */
    public Builder membraneEvent(MembraneEvent v) {
      membraneEvent = v;
      return this;
    }

    /**
     * Sets where the vesicle comes from.
     *
     * @param v the value, or null for unknown
     * @return this builder
     */
    public Builder vesicleOrigin(VesicleOrigin v) {
      vesicleOrigin = v;
      return this;
    }

    /**
     * Sets how the membrane's area changes.
     *
     * @param v the value, or null for unknown
     * @return this builder
     */
    public Builder membraneSizeChange(MembraneSizeChange v) {
      membraneSizeChange = v;
      return this;
    }

    /**
     * Sets what is carried.
     *
     * @param v the value, or null for unknown
     * @return this builder
     */
    public Builder cargo(Cargo v) {
      cargo = v;
      return this;
    }

    /**
     * Sets the kind of vesicle.
     *
     * @param v the value, or null for unknown
     * @return this builder
     */
    public Builder vesicleType(VesicleType v) {
      vesicleType = v;
      return this;
    }

    /**
     * Sets what sets the event off.
     *
     * @param v the value, or null for unknown
     * @return this builder
     */
    public Builder trigger(Trigger v) {
      trigger = v;
      return this;
    }

    /**
     * Sets a way across the membrane without a vesicle.
     *
     * @param v the value, or null for unknown
     * @return this builder
     */
    public Builder mechanism(Mechanism v) {
      mechanism = v;
      return this;
    }

    /** {@return the event with the fields set so far} */
    public CellEvent build() {
      return new CellEvent(
          id,
          description,
          cellType,
          direction,
          membraneEvent,
          vesicleOrigin,
          membraneSizeChange,
          cargo,
          vesicleType,
          trigger,
          mechanism);
    }
  }
}
