package org.cytosis.robustness;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import org.cytosis.model.Cargo;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Direction;
import org.cytosis.model.Mechanism;
import org.cytosis.model.MembraneEvent;
import org.cytosis.model.MembraneSizeChange;
import org.cytosis.model.Trigger;
import org.cytosis.model.VesicleOrigin;
import org.cytosis.model.VesicleType;

/** Generators of events for the property-based tests: every combination of structured fields. */
public final class Events {

  /** Cell types the rules know, one they do not, and some that are no cell type at all. */
  static final List<String> CELL_TYPES =
      List.of(
          "neutrophil",
          "macrophage",
          "amoeba",
          "neuron",
          "beta cell",
          "mast cell",
          "plasma cell",
          "fibroblast",
          "hepatocyte",
          "Neutrophils",
          "");

  /** Descriptions as teachers and students write them, some negated, some contradictory. */
  static final List<String> DESCRIPTIONS =
      List.of(
          "A neutrophil engulfs a bacterium and encloses it in a phagosome.",
          "The vesicle does not fuse with the membrane; instead the membrane invaginates.",
          "Beta cells release insulin from dense-core vesicles when glucose rises.",
          "Oxygen diffuses across the membrane.",
          "The cell takes in droplets of extracellular fluid.",
          "LDL binds its receptor and is taken in through clathrin-coated pits.",
          "Fibroblasts secrete collagen continuously from Golgi-derived vesicles.",
          "Is this exocytosis or endocytosis?",
          "The membrane grows as vesicles fuse with it.",
          "Nothing here describes transport.");

  private Events() {}

  /** Any structured event: each field absent or any of its values. */
  public static Arbitrary<CellEvent> structured() {
    return Builders.withBuilder(CellEvent::builder)
        .use(Arbitraries.of(Direction.class).injectNull(0.3))
        .in(CellEvent.Builder::direction)
        .use(Arbitraries.of(MembraneEvent.class).injectNull(0.3))
        .in(CellEvent.Builder::membraneEvent)
        .use(Arbitraries.of(VesicleOrigin.class).injectNull(0.4))
        .in(CellEvent.Builder::vesicleOrigin)
        .use(Arbitraries.of(MembraneSizeChange.class).injectNull(0.4))
        .in(CellEvent.Builder::membraneSizeChange)
        .use(Arbitraries.of(Cargo.class).injectNull(0.3))
        .in(CellEvent.Builder::cargo)
        .use(Arbitraries.of(VesicleType.class).injectNull(0.4))
        .in(CellEvent.Builder::vesicleType)
        .use(Arbitraries.of(Trigger.class).injectNull(0.5))
        .in(CellEvent.Builder::trigger)
        .use(Arbitraries.of(Mechanism.class).injectNull(0.8))
        .in(CellEvent.Builder::mechanism)
        .use(Arbitraries.of(CELL_TYPES).injectNull(0.5))
        .in(CellEvent.Builder::cellType)
        .build(CellEvent.Builder::build);
  }

  /** Any structured event, sometimes with a description too. */
  public static Arbitrary<CellEvent> any() {
    return structured()
        .flatMap(
            event ->
                Arbitraries.of(DESCRIPTIONS)
                    .injectNull(0.6)
                    .map(text -> event.toBuilder().description(text).build()));
  }
}
