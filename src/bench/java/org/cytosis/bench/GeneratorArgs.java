package org.cytosis.bench;

import java.util.SplittableRandom;

/**
 * A generator's command line, {@code COUNT [SEED]}: how many rows, and the seeded random source.
 */
record GeneratorArgs(long count, SplittableRandom random) {

  /** Exits with status 2 and the usage line when the arguments do not fit. */
  static GeneratorArgs parse(String[] args, String name, long defaultSeed) {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: " + name + " COUNT [SEED]");
      System.exit(2);
    }
    return new GeneratorArgs(
        Long.parseLong(args[0]),
        new SplittableRandom(args.length > 1 ? Long.parseLong(args[1]) : defaultSeed));
  }
}
