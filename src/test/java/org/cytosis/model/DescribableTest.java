package org.cytosis.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class DescribableTest {

  @Test
  void aSetIsDescribedInTextOrderWhateverOrderItIteratesIn() {
    // given the same claims collected in two orders
    Claim fusion = new Claim(Criterion.MEMBRANE_EVENT, "FUSION", Label.EXOCYTOSIS, Weight.DECISIVE);
    Claim golgi = new Claim(Criterion.VESICLE_ORIGIN, "GOLGI", Label.EXOCYTOSIS, Weight.DECISIVE);
    Claim out = new Claim(Criterion.DIRECTION, "OUT_OF_CELL", Label.EXOCYTOSIS, Weight.DECISIVE);
    // when
    String one = Describable.of(new LinkedHashSet<>(List.of(fusion, golgi, out)));
    String other = Describable.of(new LinkedHashSet<>(List.of(golgi, out, fusion)));
    // then
    assertThat(one).isEqualTo(other).isEqualTo("[" + out + ", " + fusion + ", " + golgi + "]");
  }

  @Test
  void aDescribableFactSaysItselfAndAListKeepsItsOrder() {
    // given
    Describable fact = () -> "a fact in words";
    // when / then
    assertThat(Describable.of(fact)).isEqualTo("a fact in words");
    assertThat(Describable.of(List.of("b", "a"))).isEqualTo("[b, a]");
  }
}
