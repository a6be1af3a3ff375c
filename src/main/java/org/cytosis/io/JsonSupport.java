package org.cytosis.io;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one place Jackson is configured for reading events and writing results. */
public final class JsonSupport {

  /**
   * Error messages quote at most a short excerpt of a bad token, and never the raw input around
   * it (which {@link InvalidInputException} would not shorten).
   */
  private static final ErrorReportConfiguration SHORT_ERRORS = ErrorReportConfiguration.builder()
      .maxErrorTokenLength(40)
      .maxRawContentLength(0)
      .build();

  /**
   * Reading records (events, scenarios) with {@link InputLimits}. A key given twice in one object
   * is an error of that record, found by the record readers ({@link EventJson}, the scenario
   * reader) rather than by Jackson, whose error would end the whole document and lose the records
   * after it.
   */
  static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(InputLimits.JACKSON)
      .errorReportConfiguration(SHORT_ERRORS)
      .build();

  /**
   * Writing: properties in declared order and map keys sorted, so that the same input gives
   * byte-identical output. No default typing is ever enabled: JSON never names a class to make.
   * What it reads, it reads strictly (a key given twice is an error) and within the same limits.
   */
  public static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(InputLimits.JACKSON)
          .errorReportConfiguration(SHORT_ERRORS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build())
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .build();

  private JsonSupport() {}
}
