/**
 * csww examples: runnable programs and the {@code csww} command line, on bundled sample data.
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
  requires org.knowm.xchart;
  requires java.desktop;
  // SVG and PDF output of the charts; the jar has no module name, so its file name gives one
  requires VectorGraphics2D;

  exports io.github.csww.examples;
  exports io.github.csww.examples.chart;

  opens io.github.csww.examples to info.picocli;
}
