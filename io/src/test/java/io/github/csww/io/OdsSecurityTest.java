package io.github.csww.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.csww.LoadException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Crafted workbooks that must be refused without reading local files or exhausting memory. */
class OdsSecurityTest {
  private static final String SECRET = "TOP-SECRET-4f2c9a";

  @TempDir
  Path tmp;

  private Path secretFile() throws IOException {
    return Files.writeString(tmp.resolve("secret.txt"), SECRET);
  }

  /** A sheet whose header cell is an entity that would expand to the secret file's text. */
  private static String sheetUsing(String entity) {
    return "<office:body><office:spreadsheet><table:table table:name=\""
        + OfstedReader.LATEST_SHEET + "\"><table:table-row><table:table-cell><text:p>" + entity
        + "</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet>"
        + "</office:body>";
  }

  private static String root(String body) {
    return TestOds.ROOT_OPEN.replace("<office:body><office:spreadsheet>", "") + body
        + "</office:document-content>";
  }

  @Test
  void read_xxeExternalEntity_isRefusedAndNeverReadsTheFile() throws IOException {
    Path secret = secretFile();
    String xml = TestOds.PROLOGUE + "<!DOCTYPE office:document-content [<!ENTITY xxe SYSTEM \""
        + secret.toUri() + "\">]>" + root(sheetUsing("&xxe;"));
    Path ods = Files.write(tmp.resolve("xxe.ods"), TestOds.zip(TestOds.MIMETYPE, xml));

    assertThatThrownBy(() -> OfstedReader.read(ods))
        .isInstanceOf(LoadException.class)
        .hasMessage(ods + ": content.xml declares a DTD (<!DOCTYPE ...>), which an ODS workbook "
            + "never has; DTDs and external entities are refused so that a crafted file cannot "
            + "read local files (XXE)")
        .satisfies(e -> assertThat(stackText(e)).doesNotContain(SECRET));
  }

  @Test
  void read_externalDtd_isRefused() throws IOException {
    Path secret = secretFile();
    String xml = TestOds.PROLOGUE + "<!DOCTYPE office:document-content SYSTEM \""
        + secret.toUri() + "\">" + root(sheetUsing("x"));

    assertThatThrownBy(() -> OfstedReader.read(
        new java.io.ByteArrayInputStream(TestOds.zip(TestOds.MIMETYPE, xml)), "dtd.ods"))
        .isInstanceOf(LoadException.class)
        .hasMessageContaining("dtd.ods: content.xml declares a DTD")
        .satisfies(e -> assertThat(stackText(e)).doesNotContain(SECRET));
  }

  @Test
  void read_billionLaughs_isRefusedAtTheDtd() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE office:document-content [<!ENTITY l0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10))
          .append("\">");
    }
    String xml = TestOds.PROLOGUE + dtd + "]>" + root(sheetUsing("&l9;"));

    assertThatThrownBy(() -> OfstedReader.read(
        new java.io.ByteArrayInputStream(TestOds.zip(TestOds.MIMETYPE, xml)), "lol.ods"))
        .isInstanceOf(LoadException.class)
        .hasMessageContaining("declares a DTD");
  }

  @Test
  void read_undeclaredEntity_isRefusedAsMalformed() {
    String xml = TestOds.PROLOGUE + root(sheetUsing("&xxe;"));

    assertThatThrownBy(() -> OfstedReader.read(
        new java.io.ByteArrayInputStream(TestOds.zip(TestOds.MIMETYPE, xml)), "ent.ods"))
        .isInstanceOf(LoadException.class)
        .hasMessageStartingWith("ent.ods: content.xml is not well-formed XML at line 1")
        .hasMessageContaining("xxe");
  }

  /**
   * A zip bomb: a content.xml of about 80 MiB of whitespace inside the document, which deflates to
   * well under 1 MiB; the default bound is 64 MiB.
   */
  @Test
  void read_zipBombAboveTheDefaultBound_isRefused() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(Deflater.BEST_COMPRESSION);
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write((TestOds.PROLOGUE + TestOds.ROOT_OPEN).getBytes(StandardCharsets.UTF_8));
      byte[] spaces = new byte[1 << 20];
      Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 80; i++) {
        zip.write(spaces);
      }
      zip.write(TestOds.ROOT_CLOSE.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    byte[] bomb = out.toByteArray();
    assertThat(bomb.length).isLessThan(1 << 20);
    Path ods = Files.write(tmp.resolve("bomb.ods"), bomb);

    assertThatThrownBy(() -> OfstedReader.read(ods))
        .isInstanceOf(LoadException.class)
        .hasMessage(ods + ": the ZIP entry content.xml inflates to more than 67108864 bytes "
            + "(the limit): refused as a possible zip bomb");
  }

  @Test
  void read_contentAboveACustomBound_isRefused() {
    String xml = TestOds.PROLOGUE + TestOds.ROOT_OPEN + " ".repeat(300_000) + TestOds.ROOT_CLOSE;
    OdsLimits limits = new OdsLimits(100_000, 1_000_000, 10);

    assertThatThrownBy(() -> OfstedReader.read(new java.io.ByteArrayInputStream(
        TestOds.zip(TestOds.MIMETYPE, xml)), "big.ods", limits))
        .isInstanceOf(LoadException.class)
        .hasMessage("big.ods: the ZIP entry content.xml inflates to more than 100000 bytes (the "
            + "limit): refused as a possible zip bomb");
  }

  @Test
  void read_bombInAnotherEntry_isRefusedByTheTotalBound() {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("styles.xml", new byte[3_000_000]);
    entries.put("content.xml", "<x/>".getBytes(StandardCharsets.UTF_8));
    OdsLimits limits = new OdsLimits(1_000_000, 2_000_000, 10);

    assertThatThrownBy(() -> OfstedReader.read(new java.io.ByteArrayInputStream(
        TestOds.zip(TestOds.MIMETYPE, entries)), "styles.ods", limits))
        .isInstanceOf(LoadException.class)
        .hasMessage("styles.ods: the ZIP entry styles.xml inflates to more than 2000000 bytes "
            + "(the limit): refused as a possible zip bomb");
  }

  @Test
  void read_tooManyEntries_isRefused() {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    for (int i = 0; i < 1_100; i++) {
      entries.put("junk/" + i, new byte[0]);
    }

    assertThatThrownBy(() -> OfstedReader.read(new java.io.ByteArrayInputStream(
        TestOds.zip(TestOds.MIMETYPE, entries)), "many.ods"))
        .isInstanceOf(LoadException.class)
        .hasMessage("many.ods: has more than 1000 ZIP entries (the limit, OdsLimits.maxEntries); an ODS workbook has a "
            + "handful: refused as a possible zip bomb");
  }

  @Test
  void odsLimits_refusesNonsense() {
    assertThatThrownBy(() -> new OdsLimits(0, 1, 1)).hasMessageContaining("maxXmlBytes");
    assertThatThrownBy(() -> new OdsLimits(10, 5, 1)).hasMessageContaining("at least");
    assertThatThrownBy(() -> new OdsLimits(10, 10, 0)).hasMessageContaining("maxEntries");
    assertThat(OdsLimits.defaults()).isEqualTo(new OdsLimits(64L << 20, 256L << 20, 1_000));
  }

  private static String stackText(Throwable t) {
    StringBuilder sb = new StringBuilder();
    for (Throwable c = t; c != null; c = c.getCause()) {
      sb.append(c).append('\n');
    }
    return sb.toString();
  }
}
