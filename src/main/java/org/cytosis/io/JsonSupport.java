package org.cytosis.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one place Jackson is configured for reading events and writing results. */
public final class JsonSupport {

  /**
   * Writing: properties in declared order and map keys sorted, so that the same input gives
   * byte-identical output. No default typing is ever enabled: JSON never names a class to make.
   * What it reads, it reads strictly (a key given twice is an error) and within {@link
   * InputLimits}. Records are read with {@link StrictJson} instead.
   */
  public static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(InputLimits.JACKSON)
                  .errorReportConfiguration(StrictJson.SHORT_ERRORS)
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .build())
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .build();

  private JsonSupport() {}
}
