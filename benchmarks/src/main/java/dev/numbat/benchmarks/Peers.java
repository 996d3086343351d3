package dev.numbat.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Python side of a benchmark: each peer library runs in its own process (so the thread pools
 * of TF, XLA, OpenMP and numexpr never share one), from the interpreter the launcher prepared
 * ({@code -Dnumbat.peers.python}: a venv in {@code ~/.cache/numbat/peers} built from pip's local
 * wheel index). The scripts are resources under {@code peers/}; {@code timing.py} holds their
 * protocol (one JSON object per run) and their timing (median of 7 samples after warm-up).
 */
final class Peers {
  private Peers() {}

  /** What one peer process reported: its version and seconds per call by key, or why it has none. */
  record Result(String peer, String version, String missing, Map<String, Double> times, Map<String, String> fails) {
    boolean ran() { return missing == null; }

    /** Seconds per call for {@code key}, or NaN when the peer did not run it. */
    double time(String key) {
      Double t = times.get(key);
      return t == null ? Double.NaN : t;
    }

    /** How a table names this peer: "tf.function 2.21.0". */
    String label() { return version == null ? peer : peer + " " + version; }
  }

  static String python() {
    return System.getProperty("numbat.peers.python", System.getProperty("numbat.python", "python3"));
  }

  /** Runs {@code script} once per peer, one after the other, and returns their results by peer. */
  static Map<String, Result> run(String script, List<String> peers, String... args) throws IOException, InterruptedException {
    Path dir = scripts();
    Map<String, Result> out = new LinkedHashMap<>();
    for (String peer : peers) {
      List<String> cmd = new ArrayList<>(List.of(python(), dir.resolve(script).toString(), peer));
      cmd.addAll(List.of(args));
      Path err = Files.createTempFile("numbat-peer", ".err");
      ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(err.toFile());
      pb.environment().put("TF_CPP_MIN_LOG_LEVEL", "3");
      Process p;
      try {
        p = pb.start();
      } catch (IOException e) {
        out.put(peer, new Result(peer, null, "no Python (" + python() + ")", Map.of(), Map.of()));
        continue;
      }
      String json = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      int rc = p.waitFor();
      Result r = parse(peer, json, rc);
      if (r.missing() != null && r.missing().startsWith("failed")) {
        // the last line of its stderr says why (a Python traceback ends with the exception)
        String why = Files.readAllLines(err).stream().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("");
        r = new Result(peer, null, r.missing() + ": " + why.strip(), Map.of(), Map.of());
      }
      Files.deleteIfExists(err);
      out.put(peer, r);
    }
    return out;
  }

  private static Result parse(String peer, String json, int rc) {
    String last = json.isEmpty() ? "" : json.substring(json.lastIndexOf('\n') + 1);
    if (rc != 0 || !last.startsWith("{")) {
      return new Result(peer, null, "failed (exit " + rc + ")", Map.of(), Map.of());
    }
    Map<String, Object> o = Json.object(last);
    Map<String, Double> times = new LinkedHashMap<>();
    if (o.get("times") instanceof Map<?, ?> m) {
      m.forEach((k, v) -> times.put((String) k, ((Number) v).doubleValue()));
    }
    Map<String, String> fails = new LinkedHashMap<>();
    if (o.get("fails") instanceof Map<?, ?> m) {
      m.forEach((k, v) -> fails.put((String) k, String.valueOf(v)));
    }
    return new Result(peer, (String) o.get("version"), (String) o.get("missing"), times, fails);
  }

  private static Path scripts;

  /** The peer scripts, copied once per run into a temporary folder (they import timing.py). */
  private static synchronized Path scripts() throws IOException {
    if (scripts == null) {
      scripts = Files.createTempDirectory("numbat-peers");
      for (String s : List.of("timing.py", "sigmoid.py", "grad.py", "matmul.py", "view.py", "vmap.py")) {
        try (InputStream in = Peers.class.getResourceAsStream("/peers/" + s)) {
          if (in != null) {
            Files.write(scripts.resolve(s), in.readAllBytes());
          }
        }
      }
      scripts.toFile().deleteOnExit();
    }
    return scripts;
  }
}
