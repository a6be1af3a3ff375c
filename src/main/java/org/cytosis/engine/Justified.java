package org.cytosis.engine;

import org.cytosis.model.Classification;
import org.cytosis.model.JustificationNode;

/**
 * A classification with the justification graph of its verdict: how the rules reached it, read
 * before their session was gone. An explanation starts from this.
 */
public record Justified(Classification classification, JustificationNode how) {}
