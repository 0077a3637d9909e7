/** csww examples: runnable programs and a command line on bundled sample data. */
module io.github.csww.examples {
  requires io.github.csww;
  requires io.github.csww.io;

}
