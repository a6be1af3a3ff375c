package org.cytosis.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one place Jackson is configured for reading events and writing results. */
public final class JsonSupport {

  /** Strict reading: a key given twice in one object is an error (see {@link StrictJson}). */
  static final JsonFactory FACTORY = StrictJson.FACTORY;

  /**
   * Writing: properties in declared order and map keys sorted, so that the same input gives
   * byte-identical output. No default typing is ever enabled.
   */
  public static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .build();

  private JsonSupport() {}
}
