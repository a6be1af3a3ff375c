package org.cytosis.cli;

/** Output formats shared by the commands. */
enum Format {
  text,
  json
}
