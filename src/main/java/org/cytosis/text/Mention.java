package org.cytosis.text;

import org.cytosis.model.Criterion;
import org.cytosis.model.Evidence;

/**
 * What the description says about one criterion, with the words that say it: the same content as a
 * structured field (an enum value, or the normalised cell type), with a text span as evidence.
 */
public record Mention(Criterion criterion, Object value, Evidence evidence) {}
