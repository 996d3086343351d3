package dev.numbat.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repeat-block expander, and the processor that runs it inside javac. */
class KernelTemplateTest {
  @TempDir Path dir;

  @Test
  void repeatsTheBodyOncePerIndexAndKeepsTheRest() {
    String out = KernelTemplate.expand("K.java.src", """
        /** Doc. */
        class K {
        /**begin repeat
         * #S = i8, i16#
         * #T = byte, short#
         */
          static @T@ f_@S@(@T@ x) { return x; }
        /**end repeat**/
          @Override public String toString() { return "k"; }
        }
        """);
    assertEquals("""
        /** Doc. */
        class K {
          static byte f_i8(byte x) { return x; }
          static short f_i16(short x) { return x; }
          @Override public String toString() { return "k"; }
        }
        """, out);
  }

  @Test
  void nestedBlockSeesOuterNamesAndStarRepeats() {
    String out = KernelTemplate.expand("K.java.src", """
        /**begin repeat
         * #op = lt, le#
         */
        /**begin repeat1
         * #S = a, b, c#
         * #T = int*2, long#
         */
        @op@_@S@:@T@
        /**end repeat1**/
        /**end repeat**/
        """);
    assertEquals("lt_a:int\nlt_b:int\nlt_c:long\nle_a:int\nle_b:int\nle_c:long\n", out);
  }

  @Test
  void unequalListLengthsNameTheLine() {
    SpecException e = assertThrows(SpecException.class, () -> KernelTemplate.expand("K.java.src", """
        class K {
        /**begin repeat
         * #S = i8, i16#
         * #T = byte#
         */
        @S@ @T@
        /**end repeat**/
        }
        """));
    assertEquals(4, e.line());
    assertTrue(e.getMessage().startsWith("K.java.src:4: "), e.getMessage());
    assertTrue(e.getMessage().contains("same length"), e.getMessage());
  }

  @Test
  void unknownVariableInsideABlockNamesTheLine() {
    SpecException e = assertThrows(SpecException.class, () -> KernelTemplate.expand("K.java.src", """
        /**begin repeat
         * #S = i8#
         */
        ok @S@
        bad @X@
        /**end repeat**/
        """));
    assertEquals(5, e.line());
    assertTrue(e.getMessage().contains("@X@"), e.getMessage());
  }

  @Test
  void unterminatedBlockNamesItsBeginLine() {
    SpecException e = assertThrows(SpecException.class, () -> KernelTemplate.expand("K.java.src", """
        class K {
        /**begin repeat
         * #S = i8#
         */
        @S@
        }
        """));
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("no /**end repeat**/"), e.getMessage());
  }

  @Test
  void unclosedHeaderAndStrayEndAndWrongNestingFail() {
    SpecException header = assertThrows(SpecException.class,
        () -> KernelTemplate.expand("K.java.src", "x\n/**begin repeat\n * #S = a#\n"));
    assertEquals(2, header.line());
    SpecException stray = assertThrows(SpecException.class,
        () -> KernelTemplate.expand("K.java.src", "x\n/**end repeat**/\n"));
    assertEquals(2, stray.line());
    SpecException nesting = assertThrows(SpecException.class, () -> KernelTemplate.expand("K.java.src",
        "/**begin repeat\n * #S = a#\n */\n/**begin repeat\n * #T = b#\n */\n/**end repeat**/\n/**end repeat**/\n"));
    assertEquals(4, nesting.line());
    SpecException empty = assertThrows(SpecException.class,
        () -> KernelTemplate.expand("K.java.src", "/**begin repeat\n */\n/**end repeat**/\n"));
    assertEquals(1, empty.line());
  }

  // ---- inside javac

  private boolean compile(DiagnosticCollector<JavaFileObject> diags, String... options) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Path out = Files.createDirectories(dir.resolve("classes"));
    List<String> opts = new java.util.ArrayList<>(List.of("-d", out.toString(), "-s", out.toString(),
        "-classpath", System.getProperty("java.class.path")));
    opts.addAll(List.of(options));
    JavaFileObject user = new SimpleJavaFileObject(URI.create("string:///p/User.java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignore) {
        return "package p; class User { int x = 0; }";
      }
    };
    JavaCompiler.CompilationTask task = javac.getTask(null, null, diags, opts, null, List.of(user));
    task.setProcessors(List.of(new KernelTemplateProcessor()));
    return task.call();
  }

  private static String errors(DiagnosticCollector<JavaFileObject> diags) {
    return diags.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> d.getMessage(null)).collect(Collectors.joining("\n"));
  }

  @Test
  void processorWritesTheExpandedClassUnderItsPackage() throws Exception {
    Path t = Files.createDirectories(dir.resolve("templates/p/q"));
    Files.writeString(t.resolve("Gen.java.src"), """
        package p.q;

        /** Kept. */
        public final class Gen {
        /**begin repeat
         * #S = i8, i64#
         * #T = byte, long#
         */
          public static @T@ id_@S@(@T@ x) { return x; }
        /**end repeat**/
        }
        """);
    DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
    assertTrue(compile(diags, "-Anumbat.kernelTemplates=" + dir.resolve("templates")), errors(diags));
    String src = Files.readString(dir.resolve("classes/p/q/Gen.java"));
    assertTrue(src.startsWith("// Generated from p/q/Gen.java.src by KernelTemplateProcessor; edit the template.\n"
        + "package p.q;\n\n/** Kept. */\n"), src);
    Class<?> gen = new java.net.URLClassLoader(new java.net.URL[] {dir.resolve("classes").toUri().toURL()})
        .loadClass("p.q.Gen");
    assertEquals((byte) 7, gen.getMethod("id_i8", byte.class).invoke(null, (byte) 7));
    assertEquals(7L, gen.getMethod("id_i64", long.class).invoke(null, 7L));
  }

  @Test
  void processorReportsATemplateErrorAsACompileErrorWithFileAndLine() throws IOException {
    Path t = Files.createDirectories(dir.resolve("templates/p"));
    Files.writeString(t.resolve("Bad.java.src"), "package p;\nclass Bad {\n/**begin repeat\n * #S = a, b#\n * #T = c#\n */\n/**end repeat**/\n}\n");
    DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
    assertFalse(compile(diags, "-Anumbat.kernelTemplates=" + dir.resolve("templates")));
    assertTrue(errors(diags).contains("Bad.java.src:5: "), errors(diags));
  }

  @Test
  void processorIsInertWithoutTheOption() throws IOException {
    Files.createDirectories(dir.resolve("templates/p"));
    DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
    assertTrue(compile(diags), errors(diags));
    try (var files = Files.walk(dir.resolve("classes"))) {
      assertEquals(List.of("User.class"), files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList());
    }
  }
}
