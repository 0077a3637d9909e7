package io.github.csww.io;

import io.github.csww.Workforce;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guava stays inside the implementation: no public or protected signature of an exported
 * package names a {@code com.google.common} type, so users never inherit Guava's version.
 */
public class PublicSignaturesTest {

  /** Every {@code pkg.Type.member: type} in the exported packages that names a Guava type. */
  static List<String> guavaInSignatures(Path classes, List<String> exportedPackages)
      throws IOException, ClassNotFoundException {
    List<String> found = new ArrayList<>();
    List<Class<?>> types = new ArrayList<>();
    for (String pkg : exportedPackages) {
      Path dir = classes.resolve(pkg.replace('.', '/'));
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
          String simple = f.getFileName().toString().replace(".class", "").replace("/", "");
          types.add(Class.forName(pkg + "." + simple.replace('/', '.'), false,
              PublicSignaturesTest.class.getClassLoader()));
        }
      }
    }
    assertThat(types).as("classes found under %s", classes).isNotEmpty();
    for (Class<?> c : types) {
      if (!visible(c)) {
        continue;
      }
      check(found, c.getName() + " extends", c.getGenericSuperclass());
      for (Type t : c.getGenericInterfaces()) {
        check(found, c.getName() + " implements", t);
      }
      if (c.isRecord()) {
        for (RecordComponent rc : c.getRecordComponents()) {
          check(found, c.getName() + "." + rc.getName(), rc.getGenericType());
        }
      }
      for (Field f : c.getDeclaredFields()) {
        if (visible(f.getModifiers())) {
          check(found, c.getName() + "." + f.getName(), f.getGenericType());
        }
      }
      for (Method m : c.getDeclaredMethods()) {
        if (visible(m.getModifiers()) && !m.isSynthetic()) {
          check(found, c.getName() + "." + m.getName() + "()", m.getGenericReturnType());
          checkParameters(found, c, m);
        }
      }
      for (Constructor<?> k : c.getDeclaredConstructors()) {
        if (visible(k.getModifiers()) && !k.isSynthetic()) {
          checkParameters(found, c, k);
        }
      }
    }
    return found;
  }

  private static void checkParameters(List<String> found, Class<?> c, Executable e) {
    for (Type t : e.getGenericParameterTypes()) {
      check(found, c.getName() + "." + e.getName() + "(...)", t);
    }
    for (Type t : e.getGenericExceptionTypes()) {
      check(found, c.getName() + "." + e.getName() + " throws", t);
    }
  }

  private static boolean visible(Class<?> c) {
    for (Class<?> k = c; k != null; k = k.getDeclaringClass()) {
      if (!visible(k.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static void check(List<String> found, String where, Type t) {
    if (t != null && t.getTypeName().contains("com.google.common")) {
      found.add(where + ": " + t.getTypeName());
    }
  }

  /** The folder of classes a class was loaded from, or the root of its jar. */
  private static Path classesOf(Class<?> c) throws Exception {
    Path where = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
    return Files.isDirectory(where) ? where
        : java.nio.file.FileSystems.newFileSystem(where).getPath("/");
  }

  @Test
  void coreExportedPackages_nameNoGuavaType() throws Exception {
    assertThat(guavaInSignatures(classesOf(Workforce.class),
        List.of("io.github.csww", "io.github.csww.spi"))).isEmpty();
  }

  @Test
  void ioExportedPackage_namesNoGuavaType() throws Exception {
    assertThat(guavaInSignatures(classesOf(EesCsv.class), List.of("io.github.csww.io")))
        .isEmpty();
  }

  @Test
  void guavaInSignatures_findsAGuavaReturnType() throws Exception {
    // The check itself can fail: this test class's own package has a method returning Guava.
    assertThat(guavaInSignatures(classesOf(PublicSignaturesTest.class),
        List.of("io.github.csww.io"))).anyMatch(s -> s.contains("guavaFixture"));
  }

  /** A fixture for the test above. */
  public static com.google.common.collect.ImmutableList<String> guavaFixture() {
    return com.google.common.collect.ImmutableList.of();
  }

  @Test
  void moduleInfo_doesNotExportGuavaTransitively() throws Exception {
    assertThat(Files.readString(Path.of("../core/src/main/java/module-info.java")))
        .contains("requires com.google.common;")
        .doesNotContain("requires transitive com.google");
  }
}
