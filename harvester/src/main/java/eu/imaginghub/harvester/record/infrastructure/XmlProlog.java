package eu.imaginghub.harvester.record.infrastructure;

import eu.imaginghub.harvester.record.domain.RecordParseException;
import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the prolog of an XML document (before its root element) with an XML parser that does not
 * process DTDs, and refuses the document if it has a document type declaration. RDF/XML needs none,
 * and a DTD is how external entities (reading local files or internal hosts) and entity expansion
 * bombs get in. The XML parser decodes the document as it declares (UTF-16, EBCDIC, ...) before it
 * looks, so no encoding hides a DTD from it, as it would from a check of the bytes.
 */
final class XmlProlog {

  private static final XMLInputFactory NO_DTD = noDtdFactory();

  private XmlProlog() {}

  static void refuseDoctype(byte[] content) {
    XMLStreamReader xml = null;
    try {
      xml = NO_DTD.createXMLStreamReader(new ByteArrayInputStream(content));
      int event = xml.getEventType();
      while (event != XMLStreamConstants.START_ELEMENT && xml.hasNext()) {
        event = xml.next();
        if (event == XMLStreamConstants.DTD) {
          throw new RecordParseException(
              "RDF/XML with a document type declaration (DTD) is refused",
              xml.getLocation().getLineNumber(),
              xml.getLocation().getColumnNumber(),
              null);
        }
      }
    } catch (XMLStreamException e) {
      long line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
      long column = e.getLocation() == null ? -1 : e.getLocation().getColumnNumber();
      throw new RecordParseException("RDF/XML syntax error: " + e.getMessage(), line, column, e);
    } finally {
      close(xml);
    }
  }

  private static XMLInputFactory noDtdFactory() {
    XMLInputFactory factory = XMLInputFactory.newInstance();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setXMLResolver(
        (publicId, systemId, base, namespace) -> {
          throw new XMLStreamException("external resources are not read: " + systemId);
        });
    return factory;
  }

  private static void close(XMLStreamReader xml) {
    if (xml != null) {
      try {
        xml.close();
      } catch (XMLStreamException e) {
        // nothing was opened beyond the byte array
      }
    }
  }

  static int skipBomAndSpace(byte[] content, int from) {
    int i = from;
    if (i == 0 && content.length >= 3 && (content[0] & 0xFF) == 0xEF) {
      i = 3;
    }
    while (i < content.length && Character.isWhitespace((char) content[i])) {
      i++;
    }
    return i;
  }
}
