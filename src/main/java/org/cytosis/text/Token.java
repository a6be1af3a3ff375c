package org.cytosis.text;

/**
 * One word of a sentence after normalisation: its matching form ({@code term}, lower case and
 * stemmed), its character offsets in the description, and what stands between it and the word
 * before: punctuation that separates phrases ({@code breakBefore}), and punctuation that ends a
 * negation's scope ({@code endsScopeBefore}).
 */
record Token(String term, int start, int end, boolean breakBefore, boolean endsScopeBefore) {}
