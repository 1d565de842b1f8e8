package eu.imaginghub.catalogue.landing.infrastructure;

import eu.imaginghub.catalogue.landing.application.Citation;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * The formats a citation is written in, each with the name the API takes and the media type DOI
 * resolvers negotiate for it, so that {@code /datasets/{id}} answers as {@code doi.org} would.
 */
public enum CitationFormat {
  TEXT("text", "text/x-bibliography", CitationWriters::text),
  BIBTEX("bibtex", "application/x-bibtex", CitationWriters::bibtex),
  RIS("ris", "application/x-research-info-systems", CitationWriters::ris),
  CSL_JSON("csl-json", "application/vnd.citationstyles.csl+json", CitationWriters::cslJson);

  private final String parameter;
  private final String mediaType;
  private final Function<Citation, String> writer;

  CitationFormat(String parameter, String mediaType, Function<Citation, String> writer) {
    this.parameter = parameter;
    this.mediaType = mediaType;
    this.writer = writer;
  }

  public String parameter() {
    return parameter;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The media type with its charset, as the answer's {@code Content-Type}. */
  public String contentType() {
    return mediaType + ";charset=UTF-8";
  }

  public String write(Citation citation) {
    return writer.apply(citation);
  }

  public static Optional<CitationFormat> ofParameter(String value) {
    return Arrays.stream(values()).filter(f -> f.parameter.equals(value)).findFirst();
  }

  public static Optional<CitationFormat> ofMediaType(String value) {
    return Arrays.stream(values()).filter(f -> f.mediaType.equals(value)).findFirst();
  }
}
