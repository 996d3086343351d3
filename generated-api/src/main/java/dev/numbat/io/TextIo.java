package dev.numbat.io;

import dev.numbat.DType;
import dev.numbat.NDArray;
import dev.numbat.errors.ValueError;
import dev.numbat.Np;
import dev.numbat.backend.cpu.Copy;
import dev.numbat.backend.cpu.Export;
import dev.numbat.backend.cpu.FloatFormat;
import dev.numbat.backend.cpu.HostScalars;
import dev.numbat.backend.cpu.Shapes;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain numeric text: NumPy's {@code loadtxt}, {@code genfromtxt}, {@code savetxt} and the text
 * modes of {@code fromfile}/{@code tofile}. Numbers parse as NumPy's C parser does (no
 * underscores, no hex, inf/nan in any case); floats print with Python's {@code %} formatting of
 * their exact value, and {@code %s} prints NumPy's scalar str.
 */
public final class TextIo {
  private TextIo() {}

  private static final String FLOAT = "(?:(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?|inf|infinity|nan)";
  private static final Pattern FLOAT_RE = Pattern.compile("[+-]?" + FLOAT, Pattern.CASE_INSENSITIVE);
  private static final Pattern INT_RE = Pattern.compile("[+-]?\\d+");
  private static final Pattern COMPLEX_RE = Pattern.compile(
      "([+-]?" + FLOAT + ")?(?:([+-]" + FLOAT + "?|^[+-]?" + FLOAT + "?)[jJ])?", Pattern.CASE_INSENSITIVE);

  /** Python's float(): null when the text is no float. */
  static Double parseFloat(String s) {
    String t = s.strip();
    if (!FLOAT_RE.matcher(t).matches()) {
      return null;
    }
    String l = t.toLowerCase(java.util.Locale.ROOT);
    boolean neg = l.startsWith("-");
    String body = l.replaceFirst("^[+-]", "");
    if (body.startsWith("inf")) {
      return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (body.equals("nan")) {
      return Double.NaN;
    }
    return Double.parseDouble(t);
  }

  /** Python's complex() of a number text: null when it is none. */
  static double[] parseComplex(String s) {
    String t = s.strip();
    if (t.startsWith("(") && t.endsWith(")")) {
      t = t.substring(1, t.length() - 1).strip();
    }
    if (t.isEmpty()) {
      return null;
    }
    Matcher m = COMPLEX_RE.matcher(t);
    if (!m.matches()) {
      return null;
    }
    double re = 0;
    double im = 0;
    if (m.group(2) == null) {
      Double r = parseFloat(t);
      if (r == null) {
        return null;
      }
      return new double[] {r, 0};
    }
    if (m.group(1) != null) {
      re = parseFloat(m.group(1));
    }
    String g = m.group(2);
    im = g.equals("+") || g.isEmpty() ? 1 : g.equals("-") ? -1 : parseFloat(g);
    return new double[] {re, im};
  }

  /** Stores the text {@code s} as element {@code i}; false when it is no number of that kind. */
  private static boolean store(HostScalars.Filler f, int i, String s) {
    DType d = f.dtype();
    if (d.isComplex()) {
      double[] c = parseComplex(s);
      if (c == null) {
        return false;
      }
      f.setComplex(i, c[0], c[1]);
      return true;
    }
    if (d.isInteger() || d.isBool()) {
      String t = s.strip();
      if (INT_RE.matcher(t).matches()) {
        BigInteger b = new BigInteger(t.startsWith("+") ? t.substring(1) : t);
        if (d.isBool()) {
          f.setLong(i, b.signum());
        } else {
          f.setLong(i, b.longValue());
        }
        return true;
      }
      // NumPy (deprecated since 1.23, still accepted) parses an integer column's "1.5" as a float
      // and truncates it.
    }
    Double v = parseFloat(s);
    if (v == null) {
      return false;
    }
    f.setDouble(i, v);
    return true;
  }

  private static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    int n = text.length();
    int st = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        out.add(text.substring(st, i));
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        st = i + 1;
      }
    }
    if (st < n) {
      out.add(text.substring(st));
    }
    return out;
  }

  private static String stripComment(String line, String comments) {
    if (comments == null || comments.isEmpty()) {
      return line;
    }
    int k = line.indexOf(comments);
    return k < 0 ? line : line.substring(0, k);
  }

  private static List<String> split(String line, String delimiter) {
    if (delimiter == null) {
      String t = line.strip();
      return t.isEmpty() ? List.of() : List.of(t.split("[ \\t\\f\\x0B]+"));
    }
    List<String> out = new ArrayList<>();
    int st = 0;
    while (true) {
      int k = line.indexOf(delimiter, st);
      if (k < 0) {
        out.add(line.substring(st));
        return out;
      }
      out.add(line.substring(st, k));
      st = k + delimiter.length();
    }
  }

  private static int[] columns(int[] usecols, int ncols, int row) {
    if (usecols == null) {
      int[] all = new int[ncols];
      for (int k = 0; k < ncols; k++) {
        all[k] = k;
      }
      return all;
    }
    int[] c = new int[usecols.length];
    for (int k = 0; k < usecols.length; k++) {
      int u = usecols[k] < 0 ? usecols[k] + ncols : usecols[k];
      if (u < 0 || u >= ncols) {
        throw new ValueError("invalid column index " + usecols[k] + " at row " + row + " with " + ncols + " columns");
      }
      c[k] = u;
    }
    return c;
  }

  /** NumPy's {@code _ensure_ndmin_ndarray}: squeeze, then pad to {@code ndmin} dimensions. */
  private static NDArray ndmin(NDArray a, int ndmin) {
    if (ndmin < 0 || ndmin > 2) {
      throw new ValueError("Illegal value of ndmin keyword: " + ndmin);
    }
    if (a.ndim() > ndmin) {
      int[] s = java.util.Arrays.stream(a.shapeRef()).filter(k -> k != 1).toArray();
      a = Np.reshape(a, s);
    }
    if (a.ndim() < ndmin) {
      if (ndmin == 1) {
        a = Np.reshape(a, a.size());
      } else {
        int[] s = a.ndim() == 0 ? new int[] {1, 1} : new int[] {1, a.shape(0)};
        a = Np.reshape(a, s).T();
      }
    }
    return a;
  }

  private static NDArray fill(List<String[]> rows, int ncols, DType d) {
    int nrows = rows.size();
    int[] shape = {nrows, ncols};
    HostScalars.Filler out = HostScalars.filler(d, Shapes.checkedSize(shape));
    for (int r = 0; r < nrows; r++) {
      String[] f = rows.get(r);
      for (int c = 0; c < ncols; c++) {
        if (!store(out, r * ncols + c, f[c])) {
          throw new ValueError("could not convert string " + PyLiteral.strRepr(f[c]) + " to " + d.name()
              + " at row " + r + ", column " + (c + 1) + ".");
        }
      }
    }
    return out.array(shape);
  }

  /** NumPy's {@code loadtxt} on the file's text. */
  public static NDArray loadtxt(String text, DType d, String comments, String delimiter, int skiprows, int[] usecols,
      boolean unpack, int ndmin, Integer maxRows) {
    if (delimiter != null && delimiter.isEmpty()) {
      delimiter = null;
    }
    List<String> all = lines(text);
    List<String[]> rows = new ArrayList<>();
    int width = -1;
    int firstCols = -1;
    for (int ln = Math.max(0, skiprows); ln < all.size(); ln++) {
      if (maxRows != null && rows.size() >= maxRows) {
        break;
      }
      String line = stripComment(all.get(ln), comments);
      List<String> f = split(line, delimiter);
      if (delimiter == null ? f.isEmpty() : line.isEmpty()) {
        continue;
      }
      if (firstCols < 0) {
        firstCols = f.size();
      } else if (f.size() != firstCols && usecols == null) {
        throw new ValueError("the number of columns changed from " + firstCols + " to " + f.size() + " at row "
            + (ln + 1) + "; use `usecols` to select a subset and avoid this error");
      }
      int[] cols = columns(usecols, f.size(), ln + 1);
      String[] sel = new String[cols.length];
      for (int k = 0; k < cols.length; k++) {
        sel[k] = f.get(cols[k]);
      }
      width = cols.length;
      rows.add(sel);
    }
    if (rows.isEmpty()) {
      NDArray e = NDArray.allocate(d, ndmin < 2 ? new int[] {0} : new int[] {0, 1});
      return unpack ? e.T() : e;
    }
    NDArray a = fill(rows, width, d);
    a = ndmin(a, ndmin);
    return unpack ? a.T() : a;
  }

  /** NumPy's {@code genfromtxt} for numeric data: missing and unparsable fields become the filling value. */
  public static NDArray genfromtxt(String text, DType d, String comments, String delimiter, int skipHeader,
      int skipFooter, int[] usecols, double filling, boolean unpack, int ndmin) {
    if (delimiter != null && delimiter.isEmpty()) {
      delimiter = null;
    }
    List<String> all = lines(text);
    List<String[]> rows = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    int ncols = -1;
    for (int ln = Math.max(0, skipHeader); ln < all.size(); ln++) {
      String line = stripComment(all.get(ln), comments).strip();
      if (line.isEmpty()) {
        continue;
      }
      List<String> f = split(line, delimiter);
      if (ncols < 0) {
        ncols = f.size();
      }
      if (f.size() != ncols) {
        errors.add("    Line #" + (ln + 1) + " (got " + f.size() + " columns instead of " + ncols + ")");
        continue;
      }
      int[] cols = columns(usecols, f.size(), ln + 1);
      String[] sel = new String[cols.length];
      for (int k = 0; k < cols.length; k++) {
        sel[k] = f.get(cols[k]);
      }
      rows.add(sel);
    }
    if (!errors.isEmpty()) {
      throw new ValueError("Some errors were detected !\n" + String.join("\n", errors));
    }
    if (skipFooter > 0) {
      rows = rows.subList(0, Math.max(0, rows.size() - skipFooter));
    }
    if (rows.isEmpty()) {
      return ndmin(NDArray.allocate(d, new int[] {0}), Math.min(ndmin, 1));
    }
    int width = rows.get(0).length;
    int[] shape = {rows.size(), width};
    HostScalars.Filler out = HostScalars.filler(d, Shapes.checkedSize(shape));
    double fillValue = Double.isNaN(filling) && (d.isInteger() || d.isBool()) ? -1 : filling;
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < width; c++) {
        int i = r * width + c;
        if (!store(out, i, rows.get(r)[c])) {
          out.setDouble(i, fillValue);
        }
      }
    }
    NDArray a = ndmin(out.array(shape), ndmin);
    return unpack ? a.T() : a;
  }

  // ------------------------------------------------------------------ writing

  /**
   * The real elements of {@code x} in C order for {@link #value}: booleans (bool), longs (integers;
   * uint64 as its bits), else the float bits.
   */
  private static Object scalars(NDArray x) {
    DType d = x.dtype();
    if (d.isBool()) {
      return Export.toBooleanArray(x);
    }
    if (d.isInteger()) {
      return Export.toLongArray(x);
    }
    return HostScalars.floatBits(x, false);
  }

  /** NumPy's str of element {@code k} of {@link #scalars} as a scalar ({@code str(x[k])}). */
  private static PyFormat.Value value(Object vals, DType d, int k) {
    if (d.isBool()) {
      boolean b = ((boolean[]) vals)[k];
      return new PyFormat.Value(b, b ? "True" : "False");
    }
    if (d.isInteger()) {
      long v = ((long[]) vals)[k];
      BigInteger b = d == DType.UINT64 && v < 0 ? BigInteger.valueOf(v).add(BigInteger.ONE.shiftLeft(64)) : BigInteger.valueOf(v);
      return new PyFormat.Value(b, b.toString());
    }
    int kind = FloatFormat.kindOf(d);
    long bits = ((long[]) vals)[k];
    return new PyFormat.Value(FloatFormat.toDouble(bits, kind), FloatFormat.scalarStr(bits, kind));
  }

  /** NumPy's {@code savetxt} output for {@code x}. */
  public static String savetxt(NDArray x, String fmt, String delimiter, String newline, String header,
      String footer, String comments) {
    if (x.ndim() == 0 || x.ndim() > 2) {
      throw new ValueError("Expected 1D or 2D array, got " + x.ndim() + "D array instead");
    }
    NDArray m = x.ndim() == 1 ? Np.expandDims(x, 1) : x;
    m = Copy.contiguous(m.strong());
    int nrows = m.shape(0);
    int ncol = m.shape(1);
    boolean complex = x.dtype().isComplex();
    String f = fmt == null ? "%.18e" : fmt;
    String delim = delimiter == null ? " " : delimiter;
    String nl = newline == null ? "\n" : newline;
    String cm = comments == null ? "# " : comments;
    long pct = f.chars().filter(c -> c == '%').count();
    String format;
    if (pct == 1) {
      String one = complex ? " (" + f + "+" + f + "j)" : f;
      format = String.join(delim, java.util.Collections.nCopies(ncol, one));
    } else if ((complex && pct != 2L * ncol) || (!complex && pct != ncol)) {
      throw new ValueError("fmt has wrong number of % formats:  " + f);
    } else {
      format = f;
    }
    StringBuilder out = new StringBuilder();
    if (header != null && !header.isEmpty()) {
      out.append(cm).append(header.replace("\n", "\n" + cm)).append(nl);
    }
    DType d = m.dtype();
    Object vals = complex ? null : scalars(m);
    long[] reBits = complex ? HostScalars.floatBits(m, false) : null;
    long[] imBits = complex ? HostScalars.floatBits(m, true) : null;
    List<PyFormat.Value> row = new ArrayList<>(complex ? 2 * ncol : ncol);
    for (int r = 0; r < nrows; r++) {
      row.clear();
      for (int c = 0; c < ncol; c++) {
        int k = r * ncol + c;
        if (complex) {
          DType part = d.realType();
          int kind = FloatFormat.kindOf(part);
          long re = reBits[k];
          long im = imBits[k];
          row.add(new PyFormat.Value(FloatFormat.toDouble(re, kind), FloatFormat.scalarStr(re, kind)));
          row.add(new PyFormat.Value(FloatFormat.toDouble(im, kind), FloatFormat.scalarStr(im, kind)));
        } else {
          row.add(value(vals, d, k));
        }
      }
      String line;
      try {
        line = PyFormat.format(format, row) + nl;
      } catch (dev.numbat.errors.TypeError e) {
        throw new dev.numbat.errors.TypeError("Mismatch between array dtype ('" + d.name() + "') and format specifier ('"
            + format + "')");
      }
      out.append(complex ? line.replace("+-", "-") : line);
    }
    if (footer != null && !footer.isEmpty()) {
      out.append(cm).append(footer.replace("\n", "\n" + cm)).append(nl);
    }
    return out.toString();
  }

  /** Python's repr of a float (the value {@code tofile} formats for every real element). */
  private static String pyFloatRepr(double v) {
    return FloatFormat.scalarStr(Double.doubleToRawLongBits(v), FloatFormat.F64);
  }

  /** Python's repr of a complex: {@code (1+2j)}, {@code 2j}, {@code (-0-1j)}. */
  private static String pyComplexRepr(double re, double im) {
    String i = pyFloatRepr(im).replaceFirst("\\.0$", "");
    if (re == 0 && Double.doubleToRawLongBits(re) == 0) {
      return i + "j";
    }
    String r = pyFloatRepr(re).replaceFirst("\\.0$", "");
    String sign = im < 0 || (im == 0 && Double.doubleToRawLongBits(im) != 0) || i.startsWith("-") ? "" : "+";
    return "(" + r + sign + i + "j)";
  }

  /** The text {@code tofile(sep, format)} writes: Python values of the elements, formatted, joined by sep. */
  public static String tofileText(NDArray x, String sep, String format) {
    StringBuilder out = new StringBuilder();
    int n = x.size();
    DType d = x.dtype();
    boolean real = !d.isComplex() && d.isFloat();
    double[] re = d.isComplex() || real ? HostScalars.doubles(x, false) : null;
    double[] im = d.isComplex() ? HostScalars.doubles(x, true) : null;
    Object vals = re == null ? scalars(x) : null;
    List<PyFormat.Value> one = new ArrayList<>(1);
    for (int i = 0; i < n; i++) {
      PyFormat.Value v;
      if (d.isComplex()) {
        v = new PyFormat.Value(null, pyComplexRepr(re[i], im[i]));
      } else if (d.isFloat()) {
        double dv = re[i];
        v = new PyFormat.Value(dv, pyFloatRepr(dv));
      } else {
        v = value(vals, d, i);
      }
      if (format == null || format.isEmpty()) {
        out.append(v.str());
      } else {
        one.clear();
        one.add(v);
        out.append(PyFormat.format(format, one));
      }
      if (i != n - 1) {
        out.append(sep);
      }
    }
    return out.toString();
  }

  /** NumPy's text {@code fromfile}: numbers separated by {@code sep}, read until one fails to parse. */
  public static NDArray fromfileText(String text, DType d, int count, String sep) {
    StringBuilder re = new StringBuilder();
    boolean allSpace = sep.isBlank();
    if (allSpace) {
      re.append("\\s+");
    } else {
      for (char c : sep.toCharArray()) {
        re.append(Character.isWhitespace(c) ? "\\s*" : "\\s*" + Pattern.quote(String.valueOf(c)) + "\\s*");
      }
    }
    String t = text.strip();
    String[] tokens = t.isEmpty() ? new String[0] : t.split(re.toString(), -1);
    int limit = count < 0 ? tokens.length : Math.min(count, tokens.length);
    HostScalars.Filler out = HostScalars.filler(d, limit);
    int n = 0;
    for (; n < limit; n++) {
      if (!store(out, n, tokens[n])) {
        break;
      }
    }
    return out.first(n);
  }
}
