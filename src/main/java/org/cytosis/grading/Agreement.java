package org.cytosis.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * How far Cytosis's scores agree with a teacher's on the same answers: exact agreement (the share
 * of answers given the same score), Cohen's kappa with quadratic weights, and the confusion matrix
 * (rows: the teacher's scores, columns: Cytosis's).
 *
 * <p>Quadratic weighted kappa: with O the observed matrix of counts, E the matrix expected by
 * chance from the two sets of marginal counts (row total times column total over the number of
 * pairs), and weights w = (x_i - x_j)^2 for scores x_i and x_j, {@code kappa = 1 - sum(w * O) /
 * sum(w * E)}. Scores are used as values, so 0..max in whole points gives the usual
 * integer-category kappa, and half points work the same way. Kappa is undefined (null) when every
 * score, the teacher's and Cytosis's, is the same.
 *
 * @param scores the score values seen, in order: the matrix's categories
 * @param matrix counts: {@code matrix[i][j]} answers the teacher gave {@code scores[i]} and Cytosis
 *     {@code scores[j]}
 */
public record Agreement(
    int pairs, double exact, Double kappa, List<Double> scores, List<List<Integer>> matrix) {

  public Agreement {
    scores = List.copyOf(scores);
    matrix = matrix.stream().map(List::copyOf).toList();
  }

  /** One answer's two scores. */
  public record Pair(double teacher, double cytosis) {}

  public static Agreement of(List<Pair> pairs) {
    TreeSet<Double> values = new TreeSet<>();
    pairs.forEach(
        p -> {
          values.add(p.teacher());
          values.add(p.cytosis());
        });
    List<Double> scores = new ArrayList<>(values);
    int k = scores.size();
    int[][] observed = new int[k][k];
    int same = 0;
    for (Pair p : pairs) {
      observed[scores.indexOf(p.teacher())][scores.indexOf(p.cytosis())]++;
      if (p.teacher() == p.cytosis()) {
        same++;
      }
    }
    double exact = pairs.isEmpty() ? 0 : (double) same / pairs.size();
    List<List<Integer>> matrix = new ArrayList<>();
    for (int[] row : observed) {
      matrix.add(java.util.Arrays.stream(row).boxed().toList());
    }
    return new Agreement(
        pairs.size(), round(exact), kappa(scores, observed, pairs.size()), scores, matrix);
  }

  private static Double kappa(List<Double> scores, int[][] observed, int n) {
    int k = scores.size();
    double[] rows = new double[k];
    double[] columns = new double[k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        rows[i] += observed[i][j];
        columns[j] += observed[i][j];
      }
    }
    double disagreement = 0;
    double chance = 0;
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        double w = Math.pow(scores.get(i) - scores.get(j), 2);
        disagreement += w * observed[i][j];
        chance += w * rows[i] * columns[j] / n;
      }
    }
    return chance == 0 ? null : round(1 - disagreement / chance);
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
