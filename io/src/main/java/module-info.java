/**
 * csww io: readers and writers for the published files: Explore Education Statistics CSV (both
 * layouts), csww JSON, Ofsted inspection outcomes and DfE statistical neighbours.
 */
module io.github.csww.io {
  requires transitive io.github.csww;
  requires com.google.common;
  requires com.fasterxml.jackson.databind;
  requires java.xml;

  exports io.github.csww.io;

  provides io.github.csww.spi.WorkforceReader with
      io.github.csww.io.internal.EesCsvReader,
      io.github.csww.io.internal.JsonWorkforceReader;
}
