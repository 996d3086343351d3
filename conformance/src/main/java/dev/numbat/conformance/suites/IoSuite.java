package dev.numbat.conformance.suites;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.Np;
import dev.numbat.conformance.Case;
import dev.numbat.conformance.NumpyWorker;
import dev.numbat.conformance.Suite;
import dev.numbat.conformance.Tolerance;
import dev.numbat.io.NpzFile;
import dev.numbat.backend.cpu.Copy;
import dev.numbat.backend.cpu.Shapes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * NumPy's files against real NumPy, in both directions, for every dtype NumPy shares with Numbat
 * and many shapes (0-d and empty included), C and Fortran order, both byte orders and format
 * versions 1.0/2.0/3.0:
 * <ul>
 *   <li>{@code io.load}: NumPy writes (np.save / write_array), Numbat loads; judged against NumPy
 *       loading its own file;</li>
 *   <li>{@code io.save}: Numbat writes, NumPy loads; judged against the array Numbat saved;</li>
 *   <li>{@code io.save_bytes}: Numbat's file is byte-identical to np.save of the same array (both
 *       ways round: NumPy re-saving Numbat's array, Numbat re-saving NumPy's);</li>
 *   <li>{@code io.npz}, {@code io.bytes} (tobytes/frombuffer/tofile/fromfile), {@code io.text}
 *       (savetxt text identical to NumPy's, loadtxt/genfromtxt of the same files), {@code io.errors}
 *       (malformed files both must refuse).</li>
 * </ul>
 * The matrix asks NumPy and runs Numbat concurrently, so every file one side reads is written
 * while the cases are built: Numbat's files directly, NumPy's by one Python process run first.
 */
public final class IoSuite implements Suite {
  private static final String NATIVE = "(lambda a: a.astype(a.dtype.newbyteorder('=')))";
  private static final String[] DTYPES = {"bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32",
      "uint64", "float16", "float32", "float64", "complex64", "complex128"};
  private static final int[][] SHAPES = {{}, {0}, {1}, {7}, {2, 3}, {0, 3}, {3, 0}, {3, 1, 2}, {2, 3, 4}};

  @Override
  public String name() { return "io"; }

  private Path dir;
  private final StringBuilder py = new StringBuilder(
      "import numpy as np\nimport numpy.lib.format as fmt\n");
  private final List<Case> cases = new ArrayList<>();

  private static Tolerance exact() {
    return Tolerance.of(false, 0);
  }

  private Path file(String name) {
    return dir.resolve(name);
  }

  private static String q(Path p) {
    return "r'" + p + "'";
  }

  private static String shapeText(int[] s) {
    return Shapes.str(s);
  }

  /** NumPy expression of the test array (values exact in every dtype up to the cast). */
  private static String pyArray(String dt, int[] shape) {
    int n = Shapes.size(shape);
    String v = switch (dt) {
      case "bool" -> "(np.arange(" + n + ") % 3 == 1)";
      case "float16", "float32", "float64" -> "(np.arange(" + n + ") * 1.37 - 2.5).astype('" + dt + "')";
      case "complex64", "complex128" -> "(np.arange(" + n + ") * 1.37 - 2.5 + 1j * (1 - 0.5 * np.arange(" + n
          + "))).astype('" + dt + "')";
      default -> "(np.arange(" + n + ", dtype=np.int64) * 37 - 60).astype('" + dt + "')";
    };
    return v + ".reshape(" + shapeText(shape) + ")";
  }

  /** Numbat's own test array (independent of NumPy's; the save cases compare NumPy's reading with it). */
  private static NDArray javaArray(String dt, int[] shape, boolean fortran) {
    int n = Shapes.size(shape);
    DType d = DType.of(dt);
    NDArray flat;
    if (d.isBool()) {
      boolean[] b = new boolean[n];
      for (int i = 0; i < n; i++) {
        b[i] = i % 3 == 1;
      }
      flat = Np.asarray(b);
    } else if (d.isComplex()) {
      double[] c = new double[2 * n];
      for (int i = 0; i < n; i++) {
        c[2 * i] = i * 1.37 - 2.5;
        c[2 * i + 1] = 1 - 0.5 * i;
      }
      flat = new NDArray(DType.COMPLEX128, new int[] {n}, c).astype(d);
    } else {
      double[] v = new double[n];
      for (int i = 0; i < n; i++) {
        v[i] = d.isFloat() ? i * 1.37 - 2.5 : i * 37 - 60;
      }
      flat = Np.asarray(v).astype(d.isFloat() ? d : DType.INT64).astype(d);
    }
    NDArray x = flat.reshape(shape);
    return fortran && shape.length > 1 ? Copy.copy(x.T()).T() : x;
  }

  private void add(String group, String label, String ref, List<Object> args, Supplier<Object> numbat) {
    cases.add(Case.of(group, label, ref, args, Map.of(), exact(), numbat));
  }

  /**
   * A case whose op reads Java data (bytes, primitive arrays), never a traced array: its {@code fn:}
   * twin runs the same call inside {@code Np.function}, where it is a constant of the trace.
   */
  private void addTraced(String group, String label, String ref, List<Object> args, Supplier<Object> numbat) {
    Case c = Case.of(group, label, ref, args, Map.of(), exact(), numbat);
    c.compiled = () -> Np.functionOf(xs -> numbat.get()).call();
    cases.add(c);
  }

  private void add(String group, String label, String ref, List<Object> args, Map<String, Object> kw,
      Supplier<Object> numbat) {
    cases.add(Case.of(group, label, ref, args, kw, exact(), numbat));
  }

  private static NDArray bytesOf(Path p) {
    try {
      return Np.frombuffer(Files.readAllBytes(p), DType.UINT8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(Path p) {
    try {
      return Files.readString(p, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized List<Case> cases() {
    if (!cases.isEmpty()) {
      return cases;
    }
    try {
      dir = Files.createTempDirectory("numbat-io-suite");
      Runtime.getRuntime().addShutdownHook(new Thread(this::cleanUp));
      npy();
      npz();
      bytes();
      text();
      errors();
      runNumpy();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cases;
  }

  private void cleanUp() {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | RuntimeException e) {
      // best effort: a temp folder left behind is harmless
    }
  }

  // ------------------------------------------------------------------ .npy

  private void npy() {
    int k = 0;
    for (String dt : DTYPES) {
      for (int[] shape : SHAPES) {
        for (int variant = 0; variant < 4; variant++) {
          boolean fortran = variant == 1;
          boolean big = variant == 2;
          int version = variant == 3 ? 2 + (k % 2) : 1;
          if ((fortran && shape.length < 2) || (big && dt.equals("bool"))) {
            continue;
          }
          String id = "a" + k++;
          String desc = dt + shapeText(shape) + (fortran ? " F" : "") + (big ? " >" : "") + (version > 1 ? " v" + version : "");
          // NumPy writes, Numbat loads.
          String expr = pyArray(dt, shape);
          if (fortran) {
            expr = "np.asfortranarray(" + expr + ")";
          }
          if (big) {
            expr = expr + ".astype(np.dtype('" + dt + "').newbyteorder('>'))";
          }
          Path np = file(id + "_np.npy");
          if (version == 1) {
            py.append("np.save(").append(q(np)).append(", ").append(expr).append(")\n");
          } else {
            py.append("with open(").append(q(np)).append(", 'wb') as f: fmt.write_array(f, ").append(expr)
                .append(", version=(").append(version).append(", 0))\n");
          }
          add("io.load", "load(" + desc + ")", "lambda p: " + NATIVE + "(np.load(p))", List.of(np.toString()),
              () -> Np.load(np));
          add("io.load", "load(" + desc + ", mmap_mode='r')", "lambda p: " + NATIVE + "(np.load(p, mmap_mode='r'))",
              List.of(np.toString()), () -> Np.load(np, "r"));
          if (big || version > 1) {
            continue;
          }
          // Numbat re-saves what it loaded: byte-identical to NumPy's file.
          Path re = file(id + "_resaved.npy");
          add("io.save_bytes", "save(load(" + desc + "))", "lambda p: np.fromfile(p, dtype=np.uint8)",
              List.of(np.toString()), () -> bytesOf(Np.save(re, Np.load(np))));
          // Numbat writes, NumPy loads; NumPy's re-save is byte-identical to Numbat's file.
          NDArray x = javaArray(dt, shape, fortran);
          Path jp = Np.save(file(id + "_nb.npy"), x);
          add("io.save", "save(" + desc + ")", "lambda p: np.load(p)", List.of(jp.toString()), () -> x);
          Path npRe = file(id + "_np_resave.npy");
          py.append("np.save(").append(q(npRe)).append(", np.load(").append(q(jp)).append("))\n");
          add("io.save_bytes", "np.save(np.load(numbat's " + desc + "))", "lambda p: np.fromfile(p, dtype=np.uint8)",
              List.of(npRe.toString()), () -> bytesOf(jp));
        }
      }
    }
    Case bf = Case.of("io.save", "save(bfloat16(2, 3))", "lambda: None", List.of(), () -> null);
    bf.skip = "bfloat16 has no NumPy dtype: Numbat's save raises TypeError (NpyTest.bfloat16IsRefused)";
    cases.add(bf);
  }

  // ------------------------------------------------------------------ .npz

  private void npz() {
    String[] names = {"a", "b", "c"};
    for (boolean compressed : new boolean[] {false, true}) {
      String fn = compressed ? "savez_compressed" : "savez";
      // NumPy writes a, b, c (and a positional arr_0); Numbat loads each member.
      Path np = file(fn + "_np.npz");
      py.append("np.").append(fn).append("(").append(q(np)).append(", ").append(pyArray("int16", new int[] {4}))
          .append(", a=").append(pyArray("float32", new int[] {2, 3})).append(", b=np.asfortranarray(")
          .append(pyArray("complex128", new int[] {3, 2})).append("), c=").append(pyArray("bool", new int[] {})).append(")\n");
      add("io.npz", fn + " by NumPy: files", "lambda p: list(np.load(p).files)", List.of(np.toString()),
          () -> withNpz(np, NpzFile::files));
      for (String m : new String[] {"arr_0", "a", "b", "c"}) {
        add("io.npz", fn + " by NumPy: [" + m + "]", "lambda p, k: np.load(p)[k]", List.of(np.toString(), m),
            () -> withNpz(np, z -> z.get(m)));
      }
      // Numbat writes; NumPy loads.
      Map<String, Object> named = new LinkedHashMap<>();
      named.put("a", javaArray("float64", new int[] {3, 2}, true));
      named.put("b", javaArray("uint16", new int[] {0, 2}, false));
      named.put("c", javaArray("complex64", new int[] {}, false));
      NDArray pos = javaArray("int8", new int[] {5}, false);
      Path jp = compressed ? Np.savezCompressed(file(fn + "_nb"), pos, named) : Np.savez(file(fn + "_nb"), pos, named);
      for (String m : names) {
        add("io.npz", fn + " by Numbat: [" + m + "]", "lambda p, k: np.load(p)[k]", List.of(jp.toString(), m),
            () -> named.get(m));
      }
      add("io.npz", fn + " by Numbat: [arr_0]", "lambda p, k: np.load(p)[k]", List.of(jp.toString(), "arr_0"), () -> pos);
      add("io.npz", fn + " by Numbat: files", "lambda p: list(np.load(p).files)", List.of(jp.toString()),
          () -> List.of("arr_0", "a", "b", "c"));
    }
  }

  private static Object withNpz(Path p, java.util.function.Function<NpzFile, Object> f) {
    try (NpzFile z = (NpzFile) Np.load(p)) {
      return f.apply(z);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ------------------------------------------------------------------ raw bytes

  private void bytes() {
    int k = 0;
    for (String dt : DTYPES) {
      for (int[] shape : new int[][] {{}, {0}, {5}, {2, 3}, {2, 3, 2}}) {
        NDArray x = javaArray(dt, shape, false);
        String desc = dt + shapeText(shape);
        for (String order : new String[] {"C", "F", "A"}) {
          add("io.bytes", "tobytes(" + desc + ", order=" + order + ")",
              "lambda a, o: np.frombuffer(a.tobytes(order=o), dtype=np.uint8)", List.of(x, order),
              () -> Np.frombuffer(x.tobytes(order), DType.UINT8));
        }
        NDArray raw = Np.frombuffer(x.tobytes(), DType.UINT8);
        addTraced("frombuffer", "frombuffer(" + desc + " bytes, " + dt + ")", "lambda b, dt: np.frombuffer(b.tobytes(), dtype=dt)",
            List.of(raw, dt), () -> Np.frombuffer(x.tobytes(), DType.of(dt)));
        int item = DType.of(dt).itemsize();
        if (x.size() >= 3) {
          addTraced("frombuffer", "frombuffer(" + desc + " bytes, count=2, offset=itemsize)",
              "lambda b, dt, c, o: np.frombuffer(b.tobytes(), dtype=dt, count=c, offset=o)", List.of(raw, dt, 2L, (long) item),
              () -> Np.frombuffer(x.tobytes(), DType.of(dt), 2, item));
        }
        Path p = Np.tofile(x, file("b" + k++ + ".bin"));
        add("io.bytes", "tofile(" + desc + ") then np.fromfile", "lambda p, dt: np.fromfile(p, dtype=dt)",
            List.of(p.toString(), dt), () -> x.reshape(-1));
        add("io.bytes", "np.fromfile(tofile(" + desc + "), count=3, offset=itemsize)",
            "lambda p, dt, c, o: np.fromfile(p, dtype=dt, count=c, offset=o)", List.of(p.toString(), dt, 3L, (long) item),
            () -> Np.fromfile(p, DType.of(dt), 3, "", item));
      }
    }
    byte[] seven = new byte[7];
    NDArray raw7 = Np.frombuffer(seven, DType.UINT8);
    addTraced("frombuffer", "frombuffer(7 bytes, float32)", "lambda b: np.frombuffer(b.tobytes(), dtype=np.float32)",
        List.of(raw7), () -> Np.frombuffer(seven, DType.FLOAT32));
    addTraced("frombuffer", "frombuffer(7 bytes, offset=8)", "lambda b: np.frombuffer(b.tobytes(), dtype=np.uint8, offset=8)",
        List.of(raw7), () -> Np.frombuffer(seven, DType.UINT8, -1, 8));
    addTraced("frombuffer", "frombuffer(7 bytes, int16, count=4)", "lambda b: np.frombuffer(b.tobytes(), dtype=np.int16, count=4)",
        List.of(raw7), () -> Np.frombuffer(seven, DType.INT16, 4));
    wrap();
  }

  /** wrap (Numbat's, not NumPy's) against np.array of the same values, dtype and shape. */
  private void wrap() {
    double[] d = {1.5, -0.0, Double.NaN, Double.NEGATIVE_INFINITY, 3, 4};
    float[] f = {1.5f, -0.0f, Float.NaN, Float.POSITIVE_INFINITY, 3, 4};
    long[] l = {Long.MIN_VALUE, -1, 0, 1, Long.MAX_VALUE, 7};
    int[] i = {Integer.MIN_VALUE, -1, 0, 1, Integer.MAX_VALUE, 7};
    short[] h = {Short.MIN_VALUE, -1, 0, 1, Short.MAX_VALUE, 7};
    byte[] b = {Byte.MIN_VALUE, -1, 0, 1, Byte.MAX_VALUE, 7};
    boolean[] z = {true, false, false, true, true, false};
    String dl = "[1.5, -0.0, np.nan, -np.inf, 3, 4]";
    String fl = "[1.5, -0.0, np.nan, np.inf, 3, 4]";
    String ll = "[-2**63, -1, 0, 1, 2**63 - 1, 7]";
    String il = "[-2**31, -1, 0, 1, 2**31 - 1, 7]";
    String hl = "[-2**15, -1, 0, 1, 2**15 - 1, 7]";
    String bl = "[-128, -1, 0, 1, 127, 7]";
    String zl = "[True, False, False, True, True, False]";
    record W(String name, Object data, String values, String natural) {}
    for (W w : List.of(new W("double[]", d, dl, "float64"), new W("float[]", f, fl, "float32"),
        new W("long[]", l, ll, "int64"), new W("int[]", i, il, "int32"), new W("short[]", h, hl, "int16"),
        new W("byte[]", b, bl, "int8"), new W("boolean[]", z, zl, "bool"))) {
      addTraced("wrap", "wrap(" + w.name + ")", "lambda: np.array(" + w.values + ", dtype=np." + w.natural + ")",
          List.of(), () -> Np.wrap(w.data));
      addTraced("wrap", "wrap(" + w.name + ", shape (2, -1))",
          "lambda: np.array(" + w.values + ", dtype=np." + w.natural + ").reshape(2, -1)", List.of(),
          () -> Np.wrap(w.data, new int[] {2, -1}));
      if (!(w.data instanceof boolean[])) {
        addTraced("wrap", "wrap(" + w.name + " as a heap buffer from position 2)",
            "lambda: np.array(" + w.values + ", dtype=np." + w.natural + ")[2:]", List.of(),
            () -> Np.wrap(heapBuffer(w.data, 2)));
      }
      addTraced("wrap", "wrap(" + w.name + ", shape (5,)): size mismatch",
          "lambda: np.array(" + w.values + ", dtype=np." + w.natural + ").reshape(5)", List.of(),
          () -> Np.wrap(w.data, new int[] {5}));
    }
    // reinterpreted storage: long[] as uint64, int[] as uint32, short[] as uint16 and float16 bits, byte[] as uint8
    addTraced("wrap", "wrap(long[], uint64)", "lambda: np.array(" + ll + ", dtype=np.int64).view(np.uint64)", List.of(),
        () -> Np.wrap(l, null, DType.UINT64));
    addTraced("wrap", "wrap(int[], uint32)", "lambda: np.array(" + il + ", dtype=np.int32).view(np.uint32)", List.of(),
        () -> Np.wrap(i, null, DType.UINT32));
    addTraced("wrap", "wrap(short[], float16)", "lambda: np.array(" + hl + ", dtype=np.int16).view(np.float16)", List.of(),
        () -> Np.wrap(h, null, DType.FLOAT16));
    addTraced("wrap", "wrap(byte[], uint8)", "lambda: np.array(" + bl + ", dtype=np.int8).view(np.uint8)", List.of(),
        () -> Np.wrap(b, null, DType.UINT8));
    addTraced("wrap", "wrap(double[], complex128)", "lambda: np.array(" + dl + ", dtype=np.float64).view(np.complex128)",
        List.of(), () -> Np.wrap(d, null, DType.COMPLEX128));
    // a converting copy, as astype
    addTraced("wrap", "wrap(double[], float32)", "lambda: np.array(" + dl + ", dtype=np.float64).astype(np.float32)",
        List.of(), () -> Np.wrap(d, null, DType.FLOAT32));
    // a little- and a big-endian ByteBuffer decoded with a wider dtype, in the buffer's order
    byte[] raw = new byte[16];
    for (int k = 0; k < raw.length; k++) {
      raw[k] = (byte) (k * 17 - 100);
    }
    String rawPy = "bytes([" + java.util.stream.IntStream.range(0, 16).mapToObj(k -> String.valueOf((k * 17 - 100) & 0xff))
        .collect(java.util.stream.Collectors.joining(", ")) + "])";
    addTraced("wrap", "wrap(little-endian ByteBuffer, int32)", "lambda: np.frombuffer(" + rawPy + ", dtype='<i4')",
        List.of(), () -> Np.wrap(java.nio.ByteBuffer.wrap(raw).order(java.nio.ByteOrder.LITTLE_ENDIAN), null, DType.INT32));
    addTraced("wrap", "wrap(big-endian ByteBuffer, float64)", "lambda: np.frombuffer(" + rawPy + ", dtype='>f8').astype(np.float64)",
        List.of(), () -> Np.wrap(java.nio.ByteBuffer.wrap(raw).order(java.nio.ByteOrder.BIG_ENDIAN), null, DType.FLOAT64));
  }

  /** A heap java.nio buffer over {@code data} whose position is {@code from}. */
  private static java.nio.Buffer heapBuffer(Object data, int from) {
    java.nio.Buffer buf = switch (data) {
      case double[] a -> java.nio.DoubleBuffer.wrap(a);
      case float[] a -> java.nio.FloatBuffer.wrap(a);
      case long[] a -> java.nio.LongBuffer.wrap(a);
      case int[] a -> java.nio.IntBuffer.wrap(a);
      case short[] a -> java.nio.ShortBuffer.wrap(a);
      case byte[] a -> java.nio.ByteBuffer.wrap(a);
      default -> throw new IllegalArgumentException(data.getClass().getName());
    };
    return buf.position(from);
  }

  // ------------------------------------------------------------------ text

  private void text() {
    int k = 0;
    String[] fmts = {"%.18e", "%s", "%.3f", "%10.4g", "%d", "%+.2e", "%-8.1f|", "%x"};
    for (String dt : new String[] {"bool", "int8", "int64", "uint64", "float16", "float32", "float64", "complex128"}) {
      for (int[] shape : new int[][] {{4}, {3, 2}, {0, 3}}) {
        NDArray x = javaArray(dt, shape, false).mul(dt.startsWith("float") || dt.startsWith("complex") ? 1.0 / 3 : 1);
        NDArray xs = dt.equals("bool") ? javaArray(dt, shape, false) : x.astype(DType.of(dt));
        for (String fmt : fmts) {
          if (fmt.equals("%x") && !dt.startsWith("int") && !dt.startsWith("uint")) {
            continue;
          }
          if (dt.equals("complex128") && !fmt.equals("%.18e") && !fmt.equals("%.3f")) {
            continue;
          }
          Path p = file("t" + k++ + ".txt");
          add("io.text", "savetxt(" + dt + shapeText(shape) + ", fmt='" + fmt + "')",
              "lambda x, f, d: (lambda s: (np.savetxt(s, x, fmt=f, delimiter=d), s.getvalue())[1])(__import__('io').StringIO())",
              List.of(xs, fmt, ","), () -> {
                Np.savetxt(p, xs, fmt, ",");
                return text(p);
              });
        }
        // NumPy reads Numbat's default-format file back exactly (and Numbat reads it too).
        if (!dt.equals("complex128")) {
          Path p = Np.savetxt(file("t" + k++ + ".txt"), xs);
          Map<String, Object> kw = Map.of("dtype", dt.equals("bool") ? "float64" : dt.startsWith("uint") || dt.startsWith("int") ? "float64" : dt);
          DType back = DType.of((String) kw.get("dtype"));
          add("io.text", "loadtxt(savetxt(" + dt + shapeText(shape) + "))", "lambda p, **k: np.loadtxt(p, **k)",
              List.of(p.toString()), kw, () -> Np.loadtxt(p, back));
        }
      }
    }
    // Hand-written files: delimiters, comments, skiprows, usecols, ndmin, unpack, missing values.
    String[] files = {
        "1 2 3\n4 5 6\n", "# header\n1,2,3\n\n4,5,6 # tail\n", "7\n", "", "1.5\n2.5\n-inf\nnan\n",
        "1,2\n3,4,5\n", "1,abc\n", " 1 , 2 \n3,4\n", "x y\n1 2\n3 4\n", "1,,3\n4,5,\n", "1e3 -2.5E-2 .5 5.\n"};
    for (String content : files) {
      Path p = file("h" + k++ + ".txt");
      try {
        Files.writeString(p, content, StandardCharsets.ISO_8859_1);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      String delim = content.contains(",") ? "," : null;
      Map<String, Object> kw = new LinkedHashMap<>();
      if (delim != null) {
        kw.put("delimiter", delim);
      }
      String label = label(content);
      if (!content.startsWith("x y")) {
        add("io.text", "loadtxt(" + label + ")", "lambda p, **k: np.loadtxt(p, **k)", List.of(p.toString()), kw,
            () -> Np.loadtxt(p, DType.FLOAT64, "#", delim));
        Map<String, Object> kw2 = new LinkedHashMap<>(kw);
        kw2.put("ndmin", 2L);
        add("io.text", "loadtxt(" + label + ", ndmin=2)", "lambda p, **k: np.loadtxt(p, **k)", List.of(p.toString()), kw2,
            () -> Np.loadtxt(p, DType.FLOAT64, "#", delim, 0, null, false, 2));
      }
      if (content.startsWith("x y")) {
        add("io.text", "loadtxt(" + label + ", skiprows=1, usecols=[1], unpack=True)",
            "lambda p: np.loadtxt(p, skiprows=1, usecols=[1], unpack=True)", List.of(p.toString()),
            () -> Np.loadtxt(p, DType.FLOAT64, "#", null, 1, new int[] {1}, true));
        add("io.text", "loadtxt(" + label + ", skiprows=1, dtype=int32)", "lambda p: np.loadtxt(p, skiprows=1, dtype=np.int32)",
            List.of(p.toString()), () -> Np.loadtxt(p, DType.INT32, "#", null, 1));
      }
      if (!content.startsWith("x y")) {
        add("io.text", "genfromtxt(" + label + ")", "lambda p, **k: np.genfromtxt(p, **k)", List.of(p.toString()), kw,
            () -> Np.genfromtxt(p, DType.FLOAT64, "#", delim));
      }
    }
    Path hp = file("hdr.txt");
    NDArray m = javaArray("float32", new int[] {2, 2}, false);
    add("io.text", "savetxt(header, footer, comments, newline)",
        "lambda x: (lambda s: (np.savetxt(s, x, fmt='%.4f', delimiter='\\t', newline='\\r\\n', header='a\\nb', "
            + "footer='end', comments='## '), s.getvalue())[1])(__import__('io').StringIO())",
        List.of(m), () -> text(Np.savetxt(hp, m, "%.4f", "\t", "\r\n", "a\nb", "end", "## ")));
    Path tp = file("tofile.txt");
    for (String dt : new String[] {"float32", "float64", "int16", "bool", "complex128"}) {
      NDArray x = javaArray(dt, new int[] {2, 3}, false);
      Path np = file("tofile_np_" + dt + ".txt");
      add("io.text", "tofile(" + dt + ", sep=';')", "lambda x, p: (x.tofile(p, sep=';'), open(p).read())[1]",
          List.of(x, np.toString()), () -> text(Np.tofile(x, tp, ";")));
      if (!dt.equals("complex128")) {
        add("io.text", "tofile(" + dt + ", sep=', ', format='%.3e')",
            "lambda x, p: (x.tofile(p, sep=', ', format='%.3e'), open(p).read())[1]",
            List.of(x, np.toString()), () -> text(Np.tofile(x, tp, ", ", "%.3e")));
      }
    }
    Path ff = file("fromfile.txt");
    try {
      Files.writeString(ff, "1.5, 2,\n 3e2 , -4\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    add("io.text", "fromfile(text, sep=',')", "lambda p: np.fromfile(p, sep=',')", List.of(ff.toString()),
        () -> Np.fromfile(ff, DType.FLOAT64, -1, ","));
  }

  /** A short printable label for a text file's content. */
  private static String label(String s) {
    return "'" + s.replace("\n", "\\n") + "'";
  }

  // ------------------------------------------------------------------ malformed files

  private void errors() {
    String[][] bad = {
        {"object", "np.save(P, np.array([1, 'a'], dtype=object))"},
        {"pickle", "np.array([1, 2]).dump(P)"},
        {"truncated", "open(P, 'wb').write(open(SRC, 'rb').read()[:-5])"},
        {"bad version", "d = bytearray(open(SRC, 'rb').read()); d[6] = 9; open(P, 'wb').write(bytes(d))"},
        {"not a dict", "open(P, 'wb').write(b'\\x93NUMPY\\x01\\x00\\x06\\x00[1, 2]')"},
        {"header past the end", "open(P, 'wb').write(b'\\x93NUMPY\\x01\\x00\\xff\\x7f{')"},
        {"huge header", "h = (\"{'descr': '<f8', 'fortran_order': False, 'shape': (1,), }\" + ' ' * 20000 + '\\n').encode(); "
            + "open(P, 'wb').write(b'\\x93NUMPY\\x02\\x00' + len(h).to_bytes(4, 'little') + h + bytes(8))"},
        {"fortran_order not bool", "h = b\"{'descr': '<f8', 'fortran_order': 0, 'shape': (1,), }\\n\"; "
            + "open(P, 'wb').write(b'\\x93NUMPY\\x01\\x00' + len(h).to_bytes(2, 'little') + h + bytes(8))"},
        {"missing key", "h = b\"{'descr': '<f8', 'shape': (1,), }\\n\"; "
            + "open(P, 'wb').write(b'\\x93NUMPY\\x01\\x00' + len(h).to_bytes(2, 'little') + h + bytes(8))"},
        {"shape too big for the file", "h = b\"{'descr': '<f8', 'fortran_order': False, 'shape': (1000000,), }\\n\"; "
            + "open(P, 'wb').write(b'\\x93NUMPY\\x01\\x00' + len(h).to_bytes(2, 'little') + h + bytes(8))"},
    };
    Path src = file("bad_source.npy");
    py.append("np.save(").append(q(src)).append(", np.arange(6.).reshape(2, 3))\n");
    for (String[] b : bad) {
      Path p = file("bad_" + b[0].replace(' ', '_') + ".npy");
      py.append("P, SRC = ").append(q(p)).append(", ").append(q(src)).append("\n").append(b[1]).append("\n");
      add("io.errors", "load(" + b[0] + ")", "lambda p: np.load(p)", List.of(p.toString()), () -> Np.load(p));
    }
  }

  // ------------------------------------------------------------------ NumPy's files

  private void runNumpy() throws IOException {
    Path script = file("write_numpy_files.py");
    Files.writeString(script, py.toString());
    String python = NumpyWorker.python();
    Process pr = new ProcessBuilder(python, script.toString()).redirectErrorStream(true).start();
    String out;
    try {
      boolean done = pr.waitFor(120, TimeUnit.SECONDS);
      out = new String(pr.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!done) {
        pr.destroyForcibly();
        throw new IOException("the NumPy file writer did not finish in 120 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    if (pr.exitValue() != 0) {
      throw new IOException("writing NumPy's files failed (" + python + " " + script + "):\n" + out);
    }
  }
}
