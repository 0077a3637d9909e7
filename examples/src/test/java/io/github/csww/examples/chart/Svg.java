package io.github.csww.examples.chart;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** An SVG file parsed as XML (without fetching its DTD), for what tests look for in it. */
final class Svg {
  final Document doc;

  private Svg(Document doc) {
    this.doc = doc;
  }

  static Svg read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      DocumentBuilder b = f.newDocumentBuilder();
      return new Svg(b.parse(in));
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException("not well-formed SVG: " + file, e);
    }
  }

  /** The root's width and height attributes, for example {@code 1000px}. */
  String width() {
    return doc.getDocumentElement().getAttribute("width");
  }

  String height() {
    return doc.getDocumentElement().getAttribute("height");
  }

  /** The content of every text element, in document order. */
  List<String> texts() {
    NodeList nodes = doc.getElementsByTagName("text");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(nodes.item(i).getTextContent());
    }
    return out;
  }

  /**
   * All the text with white space removed, so a phrase wrapped over several lines is still found:
   * check with {@link #squash(String)} of the phrase.
   */
  String allText() {
    return squash(String.join(" ", texts()));
  }

  static String squash(String s) {
    return s.replaceAll("\\s+", "");
  }

  /** The rect elements filled with the given rgb(...) colour. */
  List<Element> rectsFilled(String rgb) {
    NodeList nodes = doc.getElementsByTagName("rect");
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element e = (Element) nodes.item(i);
      if (e.getAttribute("style").contains("fill:" + rgb)) {
        out.add(e);
      }
    }
    return out;
  }
}
