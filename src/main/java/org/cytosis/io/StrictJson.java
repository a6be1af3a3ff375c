package org.cytosis.io;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;

/**
 * The streaming parser factory for reading records (events, scenarios). Kept apart from {@link
 * JsonSupport#MAPPER} so that reading input does not build Jackson's object mapper: a run that
 * prints text never needs it, and building it is a tenth of the command's start-up time.
 *
 * <p>Strict within {@link InputLimits}, which Jackson enforces while it reads. A key given twice in
 * one object is an error of that record, found by the record readers ({@link EventJson#once}, the
 * scenario reader) rather than by Jackson, whose error would end the whole document and lose the
 * records after it.
 */
final class StrictJson {

  /**
   * Error messages quote at most a short excerpt of a bad token, and never the raw input around it
   * (which {@link InvalidInputException} would not shorten).
   */
  static final ErrorReportConfiguration SHORT_ERRORS =
      ErrorReportConfiguration.builder().maxErrorTokenLength(40).maxRawContentLength(0).build();

  static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(InputLimits.JACKSON)
          .errorReportConfiguration(SHORT_ERRORS)
          .build();

  private StrictJson() {}
}
