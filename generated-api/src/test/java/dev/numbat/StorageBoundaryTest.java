package dev.numbat;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The storage boundary (DESIGN §3): only the backends ({@code dev.numbat.backend.cpu}, and
 * {@code dev.numbat.backend.gpu}, which copies storage to and from device memory) read or write an
 * array's element storage (and {@code NDArray}, which holds it); op implementations,
 * gradient rules, indexing, random, io and the interpreters go through ops or the backend's
 * array-level functions. A line touches storage when it calls {@code x.data()}, {@code Storage.*}
 * or wraps raw storage with {@code new NDArray(...)}; the test names every such line outside the
 * backend, with its file and line number.
 */
class StorageBoundaryTest {
  private static final Pattern TOUCH = Pattern.compile("\\.data\\(\\)|\\bStorage\\.|new NDArray\\(");
  private static final String BACKEND = "dev/numbat/backend/";
  /** The array class itself: its constructors and storage accessors are what the backend builds and reads arrays with. */
  private static final String ARRAY = "dev/numbat/NDArray.java";

  @Test
  void onlyTheBackendTouchesStorage() throws IOException {
    Path src = sources();
    List<String> found = new ArrayList<>();
    int files = 0;
    try (Stream<Path> all = Files.walk(src)) {
      for (Path f : all.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String rel = src.relativize(f).toString().replace('\\', '/');
        if (rel.startsWith(BACKEND) || rel.equals(ARRAY)) {
          continue;
        }
        files++;
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          if (TOUCH.matcher(lines.get(i)).find()) {
            found.add(rel + ":" + (i + 1) + ": " + lines.get(i).trim());
          }
        }
      }
    }
    assertTrue(files > 50, "expected the library's sources under " + src + ", found " + files + " files");
    assertTrue(found.isEmpty(), found.size() + " lines outside the backends touch element storage; go through an op"
        + " or a backend function (dev.numbat.backend.cpu):\n  " + String.join("\n  ", found));
  }

  private static Path sources() {
    Path cwd = Paths.get("").toAbsolutePath();
    for (Path p : List.of(cwd.resolve("src/main/java"), cwd.resolve("generated-api/src/main/java"))) {
      if (Files.isDirectory(p)) {
        return p;
      }
    }
    throw new IllegalStateException("generated-api/src/main/java not found from " + cwd);
  }
}
