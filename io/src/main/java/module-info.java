/**
 * csww io: readers and writers for the published files: Explore Education Statistics CSV (both
 * layouts), csww JSON, Ofsted inspection outcomes and DfE statistical neighbours; and a client for
 * the EES public data API ({@link io.github.csww.io.EesClient}).
 */
module io.github.csww.io {
  requires transitive io.github.csww;
  requires com.google.common;
  requires com.fasterxml.jackson.databind;
  requires java.net.http;
  requires java.xml;

  exports io.github.csww.io;

  provides io.github.csww.spi.WorkforceReader with
      io.github.csww.io.internal.EesCsvReader,
      io.github.csww.io.internal.JsonWorkforceReader;
}
