package org.cytosis.model;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The criteria an event is judged on: the one place each is declared, with its event field, the
 * values it takes, how a written value is read and normalised, and its words for plain output.
 * Readers, the rules' observations, explanations, grading and reports all derive from this table.
 * The declaration order is the order findings and questions are sorted in; the event's field order
 * ({@link #inEventOrder()}) is that of {@link CellEvent}'s components.
 */
public enum Criterion {
  // Each: its event field and values, whether it presupposes a vesicle, the event's accessor and
  // setter, then its words: a short name, what it is about, and how a value of it is said.
  /** Which way the cargo crosses the plasma membrane ({@link Direction}). */
  DIRECTION(
      "direction",
      Direction.class,
      false,
      CellEvent::direction,
      (b, v) -> b.direction((Direction) v),
      "direction",
      "the direction",
      "the cargo moves %s"),
  /** What the membrane does: fuse or fold in ({@link MembraneEvent}). */
  MEMBRANE_EVENT(
      "membraneEvent",
      MembraneEvent.class,
      true,
      CellEvent::membraneEvent,
      (b, v) -> b.membraneEvent((MembraneEvent) v),
      "membrane event",
      "what the membrane does",
      "%s"),
  /** Where the vesicle comes from ({@link VesicleOrigin}). */
  VESICLE_ORIGIN(
      "vesicleOrigin",
      VesicleOrigin.class,
      true,
      CellEvent::vesicleOrigin,
      (b, v) -> b.vesicleOrigin((VesicleOrigin) v),
      "vesicle origin",
      "where the vesicle comes from",
      "the vesicle comes from %s"),
  /** How the area of the plasma membrane changes ({@link MembraneSizeChange}). */
  MEMBRANE_SIZE_CHANGE(
      "membraneSizeChange",
      MembraneSizeChange.class,
      true,
      CellEvent::membraneSizeChange,
      (b, v) -> b.membraneSizeChange((MembraneSizeChange) v),
      "membrane size",
      "how the plasma membrane's area changes",
      "the plasma membrane %s"),
  /** The kind of vesicle ({@link VesicleType}). */
  VESICLE_TYPE(
      "vesicleType",
      VesicleType.class,
      true,
      CellEvent::vesicleType,
      (b, v) -> b.vesicleType((VesicleType) v),
      "vesicle type",
      "the vesicle",
      "the vesicle is %s"),
  /** What is carried ({@link Cargo}). */
  CARGO(
      "cargo",
      Cargo.class,
      false,
      CellEvent::cargo,
      (b, v) -> b.cargo((Cargo) v),
      "cargo",
      "the cargo",
      "the cargo is %s"),
  /** What sets the event off ({@link Trigger}). */
  TRIGGER(
      "trigger",
      Trigger.class,
      false,
      CellEvent::trigger,
      (b, v) -> b.trigger((Trigger) v),
      "trigger",
      "whether a signal starts it",
      "the event %s"),
  /** A way across the membrane without a vesicle ({@link Mechanism}). */
  MECHANISM(
      "mechanism",
      Mechanism.class,
      false,
      CellEvent::mechanism,
      (b, v) -> b.mechanism((Mechanism) v),
      "mechanism",
      "how the substance crosses",
      "the substance crosses %s"),
  /** The kind of cell, by name: free text; the rules compare it normalised. */
  CELL_TYPE(
      "cellType",
      null,
      false,
      CellEvent::cellType,
      (b, v) -> b.cellType((String) v),
      "cell type",
      "the cell type",
      "the cell is %s");

  /** Compiled once: normalising a cell type is on the path of every classification. */
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final String field;
  private final Class<? extends Enum<?>> type;
  private final boolean impliesVesicle;
  private final Function<CellEvent, Object> getter;
  private final BiConsumer<CellEvent.Builder, Object> setter;
  private final String name;
  private final String subject;
  private final String claim;

  Criterion(
      String field,
      Class<? extends Enum<?>> type,
      boolean impliesVesicle,
      Function<CellEvent, Object> getter,
      BiConsumer<CellEvent.Builder, Object> setter,
      String name,
      String subject,
      String claim) {
    this.field = field;
    this.type = type;
    this.impliesVesicle = impliesVesicle;
    this.getter = getter;
    this.setter = setter;
    this.name = name;
    this.subject = subject;
    this.claim = claim;
  }

  /** {@return the name of the event field that carries this criterion} */
  public String field() {
    return field;
  }

  /**
   * {@return whether any observation of this criterion presupposes a vesicle (contradicting NB-1)}
   */
  public boolean impliesVesicle() {
    return impliesVesicle;
  }

  /** {@return whether the values are free text (the cell type) rather than an enum's constants} */
  public boolean isFreeText() {
    return type == null;
  }

  /** {@return the enum of the values, or null for free text} */
  public Class<? extends Enum<?>> valueType() {
    return type;
  }

  /** {@return every value the criterion takes, in declaration order; none for free text} */
  public List<Object> options() {
    return type == null ? List.of() : List.of((Object[]) type.getEnumConstants());
  }

  /**
   * The event's value of this criterion, as given.
   *
   * @param event the event
   * @return its value, or null when unknown
   */
  public Object valueOf(CellEvent event) {
    return getter.apply(event);
  }

  /**
   * Sets this criterion's field of an event being built.
   *
   * @param event the event being built
   * @param value an enum constant of the criterion, or the text of a cell type
   */
  public void set(CellEvent.Builder event, Object value) {
    setter.accept(event, value);
  }

  /**
   * A written value read the contract's way: an enum name in any case, with '-' or ' ' for '_';
   * free text as it is. Empty for a name that is not one of the values.
   *
   * @param text the value as written
   * @return the value, or empty
   */
  public Optional<Object> parse(String text) {
    if (type == null) {
      return Optional.of(text);
    }
    String wanted = EnumValues.normalise(text);
    return Arrays.stream(type.getEnumConstants())
        .filter(e -> e.name().equals(wanted))
        .findFirst()
        .map(Object.class::cast);
  }

  /** {@return the values allowed, comma-separated, for an error message} */
  public String allowed() {
    return type == null ? "" : EnumValues.allowed(type);
  }

  /**
   * The value nearest to a misspelt one, for an error's "did you mean".
   *
   * @param text the value as written
   * @return the nearest allowed value
   */
  public String closest(String text) {
    return type == null ? text : EnumValues.closest(type, text);
  }

  /**
   * A value as the rules compare it: an enum constant as it is; a cell type lower-case with single
   * spaces, so that "Mast Cell" and "mast cell" are one cell type.
   *
   * @param value a value of the criterion
   * @return it as the rules compare it
   */
  public Object normalise(Object value) {
    return value instanceof String text
        ? WHITESPACE.matcher(text.trim()).replaceAll(" ").toLowerCase(Locale.ROOT)
        : value;
  }

  /**
   * A value as the contract writes it: the enum constant's name, or the text; null stays null.
   *
   * @param value a value of any criterion, or null
   * @return its written form, or null
   */
  public static String written(Object value) {
    return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
  }

  /** {@return the field's name in words: {@code vesicleType} as "vesicle type"} */
  public String words() {
    return field.replaceAll("([A-Z])", " $1").toLowerCase(Locale.ROOT);
  }

  /** {@return the criterion's short name for a student: "membrane size", "vesicle origin"} */
  public String shortName() {
    return name;
  }

  /**
   * {@return what the criterion is about, for a question or a change: "the cargo", "the vesicle"}
   */
  public String subject() {
    return subject;
  }

  /**
   * {@return how a value of the criterion is said, with %s where its words go: "the cargo is %s"}
   */
  public String claim() {
    return claim;
  }

  /**
   * The criterion whose event field is {@code field}.
   *
   * @param field an event field's name
   * @return the criterion, or empty when no criterion has that field
   */
  public static Optional<Criterion> byField(String field) {
    return Arrays.stream(values()).filter(c -> c.field.equals(field)).findFirst();
  }

  /** {@return the criteria in the order of the event's fields (the contract's order)} */
  public static List<Criterion> inEventOrder() {
    return InEventOrder.ORDER;
  }

  /** {@return a comparator of criteria by the order of the event's fields} */
  public static Comparator<Criterion> eventOrder() {
    return Comparator.comparingInt(inEventOrder()::indexOf);
  }

  /** Worked out once, from the components of {@link CellEvent}. */
  private static final class InEventOrder {
    static final List<Criterion> ORDER = orderOf();

    private static List<Criterion> orderOf() {
      List<String> components =
          Arrays.stream(CellEvent.class.getRecordComponents())
              .map(RecordComponent::getName)
              .toList();
      return Arrays.stream(values())
          .sorted(Comparator.comparingInt(c -> components.indexOf(c.field)))
          .toList();
    }
  }
}
