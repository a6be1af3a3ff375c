package org.cytosis.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cytosis.model.Cargo;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Direction;
import org.cytosis.model.Label;
import org.cytosis.model.Mechanism;
import org.cytosis.model.MembraneEvent;
import org.cytosis.model.MembraneSizeChange;
import org.cytosis.model.Trigger;
import org.cytosis.model.VesicleOrigin;
import org.cytosis.model.VesicleType;

/**
 * Reproducible benchmark input: events drawn from a fixed seed, spread over every label and status
 * the rules reach. Each event starts from a typical case of one process and keeps each of its
 * fields with some probability; one in ten gets a field of the other family, so conflicts and
 * insufficient evidence appear too. The English variant describes the same kind of cases in words.
 */
public final class BenchEvents {

  private static final String[] PHAGOCYTES = {
    "macrophage", "neutrophil", "amoeba", "dendritic cell"
  };
  private static final String[] SECRETORS = {"beta cell", "neuron", "mast cell", "acinar cell"};
  private static final String[] CONSTITUTIVE = {"fibroblast", "plasma cell"};
  private static final String[] ANY = {"epithelial cell", "hepatocyte", "red blood cell"};

  private static final String[] ENGLISH = {
    "A macrophage engulfs a bacterium and encloses it in a phagosome.",
    "A neutrophil takes in a solid particle by folding its plasma membrane around it.",
    "The cell drinks droplets of extracellular fluid in small pinocytic vesicles.",
    "LDL binds its receptor and is taken into the cell in clathrin-coated vesicles.",
    "A beta cell releases insulin from dense-core vesicles when blood glucose rises.",
    "A neuron releases neurotransmitter from synaptic vesicles after an action potential.",
    "Fibroblasts secrete collagen continuously; vesicles from the Golgi fuse with the membrane.",
    "Glucose leaves the cell through a carrier protein, without any vesicle.",
    "Oxygen diffuses into the cell across the membrane.",
    "A mast cell releases histamine from its granules when an allergen binds.",
    "The plasma membrane grows as secretory vesicles fuse with it.",
    "Something crosses the membrane of the cell."
  };

  /** What each sentence of {@link #ENGLISH} describes; null where it says too little to tell. */
  private static final Label[] ENGLISH_LABELS = {
    Label.PHAGOCYTOSIS,
    Label.PHAGOCYTOSIS,
    Label.PINOCYTOSIS,
    Label.RECEPTOR_MEDIATED_ENDOCYTOSIS,
    Label.REGULATED_SECRETORY_PATHWAY,
    Label.REGULATED_SECRETORY_PATHWAY,
    Label.CONSTITUTIVE_SECRETORY_PATHWAY,
    Label.NOT_BULK_TRANSPORT,
    Label.NOT_BULK_TRANSPORT,
    Label.REGULATED_SECRETORY_PATHWAY,
    Label.EXOCYTOSIS,
    null
  };

  /**
   * An event with the process it was drawn as a typical case of (null for the events drawn with
   * nothing that decides): the answer key a bank author would write, which the fields left out may
   * no longer support.
   */
  public record Drawn(CellEvent event, Label intended) {}

  private BenchEvents() {}

  /** {@code count} structured events drawn from {@code seed}. */
  public static List<CellEvent> structured(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<CellEvent> events = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      events.add(structured(random, "e" + i));
    }
    return events;
  }

  /** {@code count} events described in English only. */
  public static List<CellEvent> english(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<CellEvent> events = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      events.add(english(random, "t" + i).event());
    }
    return events;
  }

  static CellEvent structured(SplittableRandom random, String id) {
    return drawn(random, id).event();
  }

  /** One English sentence, drawn from {@code random}, with the process it describes. */
  static Drawn english(SplittableRandom random, String id) {
    int sentence = random.nextInt(ENGLISH.length);
    return new Drawn(
        CellEvent.builder().id(id).description(ENGLISH[sentence]).build(),
        ENGLISH_LABELS[sentence]);
  }

  /** A structured event as {@link #structured(int, long)} draws them, with its intended process. */
  static Drawn drawn(SplittableRandom random, String id) {
    CellEvent.Builder b = CellEvent.builder().id(id);
    int kind = random.nextInt(7);
    switch (kind) {
      case 0 ->
          endocytosis(random, b)
              .cargo(Cargo.SOLID_PARTICLE)
              .vesicleType(maybe(random, VesicleType.PHAGOSOME))
              .cellType(maybe(random, pick(random, PHAGOCYTES)));
      case 1 ->
          endocytosis(random, b)
              .cargo(maybe(random, Cargo.FLUID))
              .vesicleType(maybe(random, VesicleType.PINOCYTIC_VESICLE))
              .cellType(maybe(random, pick(random, ANY)));
      case 2 ->
          endocytosis(random, b)
              .cargo(maybe(random, Cargo.RECEPTOR_BOUND_LIGAND))
              .vesicleType(maybe(random, VesicleType.CLATHRIN_COATED_VESICLE));
      case 3 ->
          exocytosis(random, b)
              .trigger(maybe(random, Trigger.SIGNAL))
              .cargo(maybe(random, random.nextBoolean() ? Cargo.HORMONE : Cargo.NEUROTRANSMITTER))
              .vesicleType(maybe(random, VesicleType.DENSE_CORE_VESICLE))
              .cellType(maybe(random, pick(random, SECRETORS)));
      case 4 ->
          exocytosis(random, b)
              .trigger(maybe(random, Trigger.CONTINUOUS))
              .cargo(maybe(random, Cargo.PROTEIN))
              .cellType(maybe(random, pick(random, CONSTITUTIVE)));
      case 5 ->
          b.direction(maybe(random, Direction.OUT_OF_CELL))
              .cargo(Cargo.SMALL_MOLECULE)
              .mechanism(
                  maybe(random, Mechanism.values()[random.nextInt(Mechanism.values().length)]))
              .vesicleType(maybe(random, VesicleType.NONE));
      default -> b.cellType(maybe(random, pick(random, ANY)));
    }
    if (random.nextInt(10) == 0) {
      b.membraneSizeChange(
          random.nextBoolean() ? MembraneSizeChange.INCREASES : MembraneSizeChange.DECREASES);
    }
    return new Drawn(b.build(), INTENDED[kind]);
  }

  /** The process each kind of {@link #drawn} event is a typical case of, by kind. */
  private static final Label[] INTENDED = {
    Label.PHAGOCYTOSIS,
    Label.PINOCYTOSIS,
    Label.RECEPTOR_MEDIATED_ENDOCYTOSIS,
    Label.REGULATED_SECRETORY_PATHWAY,
    Label.CONSTITUTIVE_SECRETORY_PATHWAY,
    Label.NOT_BULK_TRANSPORT,
    null
  };

  private static CellEvent.Builder endocytosis(SplittableRandom random, CellEvent.Builder b) {
    return b.direction(maybe(random, Direction.INTO_CELL))
        .membraneEvent(maybe(random, MembraneEvent.INVAGINATION))
        .vesicleOrigin(maybe(random, VesicleOrigin.PLASMA_MEMBRANE));
  }

  private static CellEvent.Builder exocytosis(SplittableRandom random, CellEvent.Builder b) {
    return b.direction(maybe(random, Direction.OUT_OF_CELL))
        .membraneEvent(maybe(random, MembraneEvent.FUSION))
        .vesicleOrigin(maybe(random, VesicleOrigin.GOLGI))
        .vesicleType(maybe(random, VesicleType.SECRETORY_VESICLE));
  }

  /** The value two times in three, else unknown. */
  private static <T> T maybe(SplittableRandom random, T value) {
    return random.nextInt(3) == 0 ? null : value;
  }

  private static String pick(SplittableRandom random, String[] values) {
    return values[random.nextInt(values.length)];
  }
}
