package org.cytosis.scenario;

import java.util.List;
import org.cytosis.model.Label;
import org.cytosis.model.Status;

/** A scenario's answer key: the label (or null), the status, and catalogue IDs it must cite. */
public record Expected(Label label, Status status, List<String> sources) {
  public Expected {
    sources = List.copyOf(sources);
  }
}
