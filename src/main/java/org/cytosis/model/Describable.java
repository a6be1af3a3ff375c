package org.cytosis.model;

/** A fact that can say in words what it is, for the trace. */
public interface Describable {
  String describe();
}
