package org.cytosis.output;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a streamed report must know of every input row before it writes the first result, found in a
 * first pass over the input that keeps no row: how many rows there are, and the union of their
 * columns (a CSV report's header), each by the first spelling seen, names compared ignoring case.
 */
public final class InputSurvey {

  private final Map<String, String> columns = new LinkedHashMap<>();
  private int rows;

  /** Counts a row and its columns. */
  public void add(Collection<String> rowColumns) {
    rows++;
    rowColumns.forEach(c -> columns.putIfAbsent(key(c), c));
  }

  public int rows() {
    return rows;
  }

  /**
   * The columns of every row, in the order first seen, without those named like an added one (an
   * added column replaces an input column of its name), then the added ones.
   */
  public List<String> columnsWith(List<String> added) {
    Set<String> replaced = added.stream().map(InputSurvey::key).collect(Collectors.toSet());
    List<String> all = new ArrayList<>();
    columns.forEach(
        (key, name) -> {
          if (!replaced.contains(key)) {
            all.add(name);
          }
        });
    all.addAll(added);
    return all;
  }

  /** Column names compare ignoring case. */
  public static String key(String column) {
    return column.toLowerCase(Locale.ROOT);
  }
}
