package org.cytosis.model;

import java.util.Collection;

/**
 * What a finding asserts, without where it was seen: the same claim made by a field and by two
 * phrases of the description is still one claim. Weighing counts claims, not mentions, so that
 * repeating a fact never changes a verdict.
 */
public record Claim(Criterion criterion, String value, Label supports, Weight weight) {

  /**
   * The summed weight of distinct claims.
   *
   * @param claims the claims, each counted once
   * @return the sum of their weights
   */
  public static double totalWeight(Collection<Claim> claims) {
    return claims.stream().mapToDouble(c -> c.weight().getValue()).sum();
  }
}
