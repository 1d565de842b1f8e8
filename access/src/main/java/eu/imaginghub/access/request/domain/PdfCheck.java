package eu.imaginghub.access.request.domain;

/** Tells whether bytes are a PDF document, by parsing them, whatever name they came with. */
public interface PdfCheck {

  /** Whether the bytes start with the PDF signature and parse as a document with pages. */
  boolean isPdf(byte[] content);
}
