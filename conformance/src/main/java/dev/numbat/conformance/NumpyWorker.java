package dev.numbat.conformance;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One long-lived Python process running NumPy ({@code numpy_worker.py}), fed batches of calls.
 * The interpreter is the launcher's reference: {@code ./numbat test} finds one with NumPy >= 2 (or
 * makes a venv with it) and passes it as {@code -Dnumbat.python}; {@code ./numbat python} prints it.
 */
public final class NumpyWorker implements AutoCloseable {
  /** What to do when there is no NumPy: the message every failure to start carries. */
  public static final String INSTALL_HINT = "The conformance matrix needs NumPy >= 2 in the reference "
      + "interpreter: run the tests through `./numbat test` (it finds one, or makes a venv and installs "
      + "NumPy 2 there), or pass -Dnumbat.python=\"$(./numbat python)\".";

  /** The reference interpreter: {@code -Dnumbat.python}, else {@code NUMBAT_PYTHON} (both set by the launcher). */
  public static String python() {
    String p = System.getProperty("numbat.python", System.getenv("NUMBAT_PYTHON"));
    if (p == null || p.isBlank()) {
      throw new IllegalStateException("no reference interpreter. " + INSTALL_HINT);
    }
    return p;
  }

  private final Process process;
  private final DataInputStream in;
  private final OutputStream out;
  private final String version;
  private final Path script;
  private final StringBuffer stderr = new StringBuffer();

  public NumpyWorker() throws IOException {
    String python = python();
    script = Files.createTempFile("numbat-numpy-worker", ".py");
    try (InputStream s = NumpyWorker.class.getResourceAsStream("numpy_worker.py")) {
      if (s == null) {
        throw new IOException("numpy_worker.py is missing from the class path");
      }
      Files.write(script, s.readAllBytes());
    }
    ProcessBuilder pb = new ProcessBuilder(python, "-u", script.toString());
    pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
    // NumPy's own threads would only fight the JVM for the same cores on these tiny arrays.
    pb.environment().put("OPENBLAS_NUM_THREADS", "1");
    pb.environment().put("OMP_NUM_THREADS", "1");
    try {
      process = pb.start();
    } catch (IOException e) {
      Files.deleteIfExists(script);
      throw new IllegalStateException("cannot start the reference interpreter '" + python + "': "
          + e.getMessage() + ". " + INSTALL_HINT, e);
    }
    Thread err = new Thread(() -> {
      try (InputStream es = process.getErrorStream()) {
        byte[] buf = new byte[4096];
        int n;
        while ((n = es.read(buf)) > 0) {
          if (stderr.length() < 20000) {
            stderr.append(new String(buf, 0, n, StandardCharsets.UTF_8));
          }
        }
      } catch (IOException ignored) {
        // the process is gone; whatever it said is in stderr already
      }
    }, "numpy-worker-stderr");
    err.setDaemon(true);
    err.start();
    in = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
    out = new BufferedOutputStream(process.getOutputStream(), 1 << 16);
    byte[] hello;
    try {
      hello = frame();
    } catch (IOException e) {
      String why = waitForStderr();
      close();
      if (why.contains("NUMBAT-NO-NUMPY") || why.contains("NUMBAT-OLD-NUMPY")) {
        throw new IllegalStateException("NumPy is not installed for " + python + " (" + why.trim()
            + "). " + INSTALL_HINT);
      }
      throw new IllegalStateException("the NumPy worker (" + python + ") did not start: " + why.trim()
          + ". " + INSTALL_HINT, e);
    }
    version = new String(hello, StandardCharsets.UTF_8);
    lastVersion = version;
  }

  private static volatile String lastVersion;

  /**
   * The major version of the reference NumPy of the most recently started worker (suites build
   * their cases after the worker answered), or 0 before any started.
   */
  public static int referenceMajor() {
    String v = lastVersion;
    java.util.regex.Matcher m = v == null ? null : java.util.regex.Pattern.compile("numpy=(\\d+)").matcher(v);
    return m != null && m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  private String waitForStderr() {
    try {
      process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return stderr.toString();
  }

  /** "numbat-worker numpy=2.4.6 python=3.11.7 ml_dtypes=none". */
  public String version() { return version; }

  /** Sends one batch: {@code payload} is {@code u32 n} then n encoded calls. Thread-safe against {@link #receive}. */
  public void send(Wire.Out payload) throws IOException {
    byte[] head = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(payload.size()).array();
    synchronized (out) {
      out.write(head);
      out.write(payload.buffer().array(), 0, payload.size());
      out.flush();
    }
  }

  /** Reads the answers to the next batch, in order: a value or a {@link Py.Error} each. */
  public List<Object> receive() throws IOException {
    byte[] f;
    try {
      f = frame();
    } catch (EOFException e) {
      throw new IOException("the NumPy worker exited: " + waitForStderr(), e);
    }
    Wire.In r = new Wire.In(f);
    int n = r.u32();
    List<Object> res = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      res.add(r.answer());
    }
    return res;
  }

  /** Convenience for tests: one call. */
  public Object call(String ref, List<Object> args, java.util.Map<String, Object> kwargs) throws IOException {
    Wire.Out o = new Wire.Out();
    o.u32(1);
    Wire.value(o, ref);
    Wire.value(o, args);
    Wire.value(o, kwargs);
    send(o);
    return receive().get(0);
  }

  private byte[] frame() throws IOException {
    int n = Integer.reverseBytes(in.readInt());
    byte[] b = new byte[n];
    in.readFully(b);
    return b;
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException ignored) {
      // closing stdin is how the worker is told to stop; a broken pipe means it stopped already
    }
    try {
      if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    try {
      Files.deleteIfExists(script);
    } catch (IOException ignored) {
      // a temp file left behind is harmless
    }
  }
}
