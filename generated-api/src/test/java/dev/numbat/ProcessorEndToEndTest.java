package dev.numbat;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numbat.processor.OpProcessor;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new op written as one spec entry against an existing kernel compiles into a working API:
 * the processor runs inside javac over a fresh spec folder, against the real runtime.
 */
class ProcessorEndToEndTest {
  @TempDir Path dir;

  @Test
  void oneSpecEntryBecomesACompiledTypedApiWithJavadoc() throws IOException {
    Path specs = Files.createDirectories(dir.resolve("op-specs"));
    Files.writeString(specs.resolve("demo.yaml"), """
        - op: add_again
          kind: ufunc
          args: [x1, x2]
          doc: {summary: "Add, once more.", numpy: numpy.add, notes: "A demo op."}
          loops: [ints, f32, f64]
          kernels: {cpu: Arith.add}
          method: [add_again, plus]
        - op: zeros_again
          kind: composite
          args: ["shape: shape", "dtype: dtype = None"]
          doc: {summary: "Zeros again.", numpy: numpy.zeros}
          impl: Creation.zeros
        """);
    Path out = Files.createDirectories(dir.resolve("classes"));
    Path gen = Files.createDirectories(dir.resolve("gen"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
    JavaFileObject marker = new SimpleJavaFileObject(URI.create("string:///demo/Marker.java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignore) {
        return "package demo; @dev.numbat.processor.GenerateOps class Marker {}";
      }
    };
    JavaCompiler.CompilationTask task = javac.getTask(null, null, diags,
        List.of("-Anumbat.specs=" + specs, "-d", out.toString(), "-s", gen.toString(),
            "-classpath", System.getProperty("java.class.path")), null, List.of(marker));
    task.setProcessors(List.of(new OpProcessor()));
    boolean ok = task.call();
    String msgs = diags.getDiagnostics().stream().map(d -> d.getKind() + " " + d.getMessage(null))
        .collect(Collectors.joining("\n"));
    assertTrue(ok, msgs);
    String np = Files.readString(gen.resolve("dev/numbat/Np.java"));
    assertTrue(np.contains("public static NDArray addAgain(Object x1, Object x2)"), np);
    assertTrue(np.contains("public static NDArray addAgain(NDArray x1, double x2)"), np);
    assertTrue(np.contains("public static NDArray zerosAgain(int... shape)"), np);
    assertTrue(np.contains("Add, once more."), np);
    assertTrue(np.contains("https://numpy.org/doc/stable/reference/generated/numpy.add.html"), np);
    assertTrue(np.contains("Differences from NumPy: A demo op."), np);
    assertTrue(np.contains("@Generated(\"dev.numbat.processor.OpProcessor\")"), np);
    String methods = Files.readString(gen.resolve("dev/numbat/NDArrayMethods.java"));
    assertTrue(methods.contains("public final NDArray plus(Object x2)"), methods);
    String op = Files.readString(gen.resolve("dev/numbat/ops/AddAgainOp.java"));
    assertTrue(op.contains("Arith.add_x8"), op);
    assertTrue(Files.exists(out.resolve("dev/numbat/ops/AddAgainOp.class")));
  }
}
