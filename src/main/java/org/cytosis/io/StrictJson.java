package org.cytosis.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;

/**
 * The streaming parser factory for reading events. Kept apart from {@link JsonSupport#MAPPER} so
 * that reading input does not build Jackson's object mapper: a run that prints text never needs it,
 * and building it is a tenth of the command's start-up time.
 */
final class StrictJson {

  /** Strict reading: a key given twice in one object is an error, not a silent overwrite. */
  static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private StrictJson() {}
}
