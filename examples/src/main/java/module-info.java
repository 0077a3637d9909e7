/**
 * csww examples: runnable programs and the {@code csww} command line, on the bundled published
 * files (DfE's 2025 release, Ofsted's outcomes at 31 March 2025, the 2025 neighbour model) or on
 * the 2017 sample.
 *
 * <pre>{@code
 * java -jar csww.jar top
 * }</pre>
 */
module io.github.csww.examples {
  requires transitive io.github.csww;
  requires io.github.csww.io;
  requires com.fasterxml.jackson.databind;
  requires info.picocli;
  // the charts' public API draws on java.awt.Graphics2D
  requires transitive java.desktop;
  // SVG and PDF output of the charts. VectorGraphics2D 0.13 declares no module name, so this one
  // comes from its jar's file name (Maven warns about that); the shaded csww.jar is unaffected
  requires VectorGraphics2D;

  exports io.github.csww.examples;
  exports io.github.csww.examples.chart;

  opens io.github.csww.examples to info.picocli;
}
