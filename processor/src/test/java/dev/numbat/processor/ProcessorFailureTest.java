package dev.numbat.processor;

import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** Runs the processor inside javac and checks that spec errors become compile errors with file:line. */
class ProcessorFailureTest {
  @TempDir Path dir;

  private String compile(String yaml, String... extraSources) throws IOException {
    Path specs = Files.createDirectories(dir.resolve("op-specs"));
    Files.writeString(specs.resolve("bad.yaml"), yaml);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
    List<JavaFileObject> sources = new java.util.ArrayList<>();
    sources.add(source("Marker", "@dev.numbat.processor.GenerateOps class Marker {}"));
    for (int i = 0; i < extraSources.length; i += 2) {
      sources.add(source(extraSources[i], extraSources[i + 1]));
    }
    Path out = Files.createDirectories(dir.resolve("classes"));
    Path generated = Files.createDirectories(dir.resolve("generated"));
    JavaCompiler.CompilationTask task = javac.getTask(null, null, diags,
        List.of("-Anumbat.specs=" + specs, "-d", out.toString(), "-s", generated.toString(), "-proc:only",
            "-classpath", System.getProperty("java.class.path")), null, sources);
    task.setProcessors(List.of(new OpProcessor()));
    boolean ok = task.call();
    assertFalse(ok, "compilation should fail");
    return diags.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> d.getMessage(null)).collect(Collectors.joining("\n"));
  }

  private static JavaFileObject source(String name, String code) {
    return new SimpleJavaFileObject(URI.create("string:///" + name.replace('.', '/') + ".java"),
        JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignore) {
        return code;
      }
    };
  }

  @Test
  void unknownKernelClassFailsTheBuildWithFileAndLine() throws IOException {
    String errors = compile("""
        - op: sin
          kind: ufunc
          args: [x]
          doc: {summary: "s", numpy: numpy.sin}
          loops: [f32]
          kernels: {cpu: NoSuchKernels.sin}
        """);
    assertTrue(errors.contains("bad.yaml:6: unknown kernel class dev.numbat.kernels.cpu.NoSuchKernels"), errors);
  }

  @Test
  void theSpecErrorIsWrittenAloneForTheLauncher() throws IOException {
    compile("""
        - op: sin
          kind: ufunc
          args: [x]
          doc: {summary: "s", numpy: numpy.sin}
          loops: [f32]
          kernels: {cpu: NoSuchKernels.sin}
        """);
    String recorded = Files.readString(dir.resolve("generated").resolve(OpProcessor.ERROR_FILE));
    assertTrue(recorded.startsWith("op-specs: ") && recorded.contains("bad.yaml:6: unknown kernel class")
        && !recorded.contains("\n"), recorded);
  }

  @Test
  void missingKernelMethodForALoopIsNamed() throws IOException {
    String errors = compile("""
        - op: sin
          kind: ufunc
          args: [x]
          doc: {summary: "s", numpy: numpy.sin}
          loops: [f32, c64]
          kernels: {cpu: Fake.sin}
        """, "dev.numbat.kernels.cpu.Fake", """
        package dev.numbat.kernels.cpu;
        public class Fake {
          public static void sin_f32(int n, float[] x, int a, int b, float[] o, int c, int d) {}
        }
        """);
    assertTrue(errors.contains("bad.yaml:5: unknown kernel: no Fake.sin_c64 for loop c64->c64"), errors);
  }

  @Test
  void implWithWrongParametersIsNamed() throws IOException {
    String errors = compile("""
        - op: zeros
          kind: composite
          args: ["shape: shape", "dtype: dtype = None"]
          doc: {summary: "z", numpy: numpy.zeros}
          impl: Fake.zeros
        """, "dev.numbat.impl.Fake", """
        package dev.numbat.impl;
        public class Fake {
          public static Object zeros(int[] shape) { return null; }
        }
        """);
    assertTrue(errors.contains("bad.yaml:5: impl Fake.zeros takes 1 parameters; the spec declares 2"), errors);
  }

  @Test
  void malformedSpecFailsTheBuild() throws IOException {
    String errors = compile("- op: sin\n  kind: ufunc\n  doc: {summary: s, numpy: numpy.sin}\n  loops: [f32, float128]\n");
    assertTrue(errors.contains("bad.yaml:4: unknown dtype or group 'float128'"), errors);
  }
}
