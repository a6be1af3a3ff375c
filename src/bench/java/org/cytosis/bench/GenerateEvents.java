package org.cytosis.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.SplittableRandom;
import org.cytosis.model.CellEvent;

/**
 * Writes a large JSON Lines input for the command line, one event per line, from a fixed seed.
 *
 * <pre>
 *   scripts/gen-events.sh COUNT [structured|english] [SEED] > events.jsonl
 * </pre>
 *
 * Events are made one at a time and streamed out, so any count fits in memory.
 */
public final class GenerateEvents {

  private GenerateEvents() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 3) {
      System.err.println("usage: GenerateEvents COUNT [structured|english] [SEED]");
      System.exit(2);
    }
    long count = Long.parseLong(args[0]);
    boolean english = args.length > 1 && args[1].equals("english");
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 7L;
    ObjectMapper mapper =
        JsonMapper.builder().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();
    SplittableRandom random = new SplittableRandom(seed);
    try (OutputStream out = new BufferedOutputStream(System.out, 1 << 16)) {
      for (long i = 0; i < count; i++) {
        CellEvent event =
            english
                ? BenchEvents.english(1, random.nextLong()).get(0).toBuilder().id("t" + i).build()
                : BenchEvents.structured(random, "e" + i);
        mapper.writeValue(out, event);
        out.write('\n');
      }
    }
  }
}
