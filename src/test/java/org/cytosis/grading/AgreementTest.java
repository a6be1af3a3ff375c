package org.cytosis.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementTest {

  private static Agreement.Pair pair(double teacher, double cytosis) {
    return new Agreement.Pair(teacher, cytosis);
  }

  /**
   * Teacher vs Cytosis: (0,0) (1,1) (2,1) (2,2) (0,1). Observed, rows teacher 0..2: [1 1 0] [0 1 0]
   * [0 1 1]; row totals 2 1 2, column totals 1 3 1, n = 5. Sum of w*O with w = (i-j)^2: 1 + 1 = 2.
   * Expected E = row*column/5; sum of w*E: 1*1.2 + 4*0.4 + 1*0.2 + 1*0.2 + 4*0.4 + 1*1.2 = 6. Kappa
   * = 1 - 2/6 = 0.667; exact agreement 3/5 = 0.6.
   */
  @Test
  void quadraticWeightedKappaAndExactAgreementMatchTheHandWorkedExample() {
    // when
    Agreement a = Agreement.of(List.of(pair(0, 0), pair(1, 1), pair(2, 1), pair(2, 2), pair(0, 1)));
    // then
    assertThat(a.pairs()).isEqualTo(5);
    assertThat(a.exact()).isEqualTo(0.6);
    assertThat(a.kappa()).isEqualTo(0.667);
    assertThat(a.scores()).containsExactly(0.0, 1.0, 2.0);
    assertThat(a.matrix()).containsExactly(List.of(1, 1, 0), List.of(0, 1, 0), List.of(0, 1, 1));
  }

  @Test
  void perfectAgreementIsOneAndAReversedScaleIsNegative() {
    assertThat(Agreement.of(List.of(pair(0, 0), pair(3, 3), pair(5, 5))).kappa()).isEqualTo(1.0);
    assertThat(Agreement.of(List.of(pair(0, 5), pair(5, 0))).kappa()).isNegative();
  }

  @Test
  void kappaIsUndefinedWhenEveryMarkIsTheSame() {
    Agreement a = Agreement.of(List.of(pair(2, 2), pair(2, 2)));
    assertThat(a.kappa()).isNull();
    assertThat(a.exact()).isEqualTo(1.0);
  }
}
