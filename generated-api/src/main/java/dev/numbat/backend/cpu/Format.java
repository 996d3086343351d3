package dev.numbat.backend.cpu;

import dev.numbat.DType;
import dev.numbat.NDArray;

/**
 * NumPy's {@code repr} and {@code str} of arrays ({@code numpy/_core/arrayprint.py} of NumPy 2.4)
 * with the default print options: precision 8, threshold 1000, edgeitems 3, linewidth 75,
 * suppress False, floatmode 'maxprec', sign '-'.
 */
public final class Format {
  private Format() {}

  private static final int THRESHOLD = 1000;
  private static final int EDGE_ITEMS = 3;
  private static final int LINE_WIDTH = 75;

  /**
   * {@code repr(x)}: {@code array([1., 2.], dtype=float32)}. As NumPy 2's
   * {@code _array_repr_implementation}: the extras are {@code shape=} (an empty array other than
   * shape (0,), or a summarized one: more than 1000 elements) and {@code dtype=} (one not implied
   * by the values, or an empty array), on a line of their own when the last line would pass 75.
   */
  public static String repr(NDArray x) {
    DType d = x.dtype();
    String prefix = "array(";
    int[] shape = x.shapeRef();
    String lst = x.size() > 0 ? array2string(x, LINE_WIDTH - 1, ", ", prefix) : "[]";
    boolean emptyNot1d = x.size() == 0 && !(shape.length == 1);
    boolean dtypeImplied = d == DType.INT64 || d == DType.FLOAT64 || d == DType.COMPLEX128 || d == DType.BOOL;
    StringBuilder extras = new StringBuilder();
    if (emptyNot1d || x.size() > THRESHOLD) {
      extras.append("shape=").append(shapeRepr(shape));
    }
    if (!dtypeImplied || x.size() == 0) {
      extras.append(extras.isEmpty() ? "" : ", ").append("dtype=").append(d.name());
    }
    if (extras.isEmpty()) {
      return prefix + lst + ")";
    }
    String arrStr = prefix + lst + ",";
    String extraStr = extras.append(')').toString();
    int lastLineLen = arrStr.length() - (arrStr.lastIndexOf('\n') + 1);
    String spacer = lastLineLen + extraStr.length() + 1 > LINE_WIDTH ? "\n" + " ".repeat(prefix.length()) : " ";
    return arrStr + spacer + extraStr;
  }

  /** {@code str(x)}: {@code [1. 2.]}; a 0-d array prints as its scalar does. */
  public static String str(NDArray x) {
    if (x.ndim() == 0) {
      return scalarStr(x.dtype(), x.data(), x.offset());
    }
    if (x.size() == 0) {
      return "[]";
    }
    return array2string(x, LINE_WIDTH, " ", "");
  }

  /** {@code str()} of the NumPy scalar at storage index {@code i}: "1.5", "True", "(1+2j)". */
  public static String scalarStr(DType d, Object data, int i) {
    if (d.isBool()) {
      return ((byte[]) data)[i] != 0 ? "True" : "False";
    }
    if (d.isInteger()) {
      long v = Storage.getLong(data, d, i);
      return d == DType.UINT64 ? Long.toUnsignedString(v) : Long.toString(v);
    }
    int kind = FloatFormat.kindOf(d);
    if (d.isComplex()) {
      return complexStr(FloatFormat.bits(data, d, i, false), FloatFormat.bits(data, d, i, true), kind);
    }
    return FloatFormat.scalarStr(FloatFormat.bits(data, d, i, false), kind);
  }

  /**
   * {@code str()} of a complex scalar of dtype {@code d} (complex64 or complex128; other dtypes
   * print as complex128), which is also Python's complex repr: "(1+2j)", "1j", "(nan+infj)".
   */
  public static String complexScalar(double re, double im, DType d) {
    int kind = d == DType.COMPLEX64 ? FloatFormat.F32 : FloatFormat.F64;
    return complexStr(FloatFormat.bitsOf(re, kind), FloatFormat.bitsOf(im, kind), kind);
  }

  private static String complexStr(long re, long im, int kind) {
    FloatFormat.Trim t = FloatFormat.Trim.DPT_ZEROS;
    if (FloatFormat.toDouble(re, kind) == 0 && !FloatFormat.signBit(re, kind)) {
      return FloatFormat.either(im, kind, t, t, false) + "j";
    }
    String rs;
    if (FloatFormat.isFinite(re, kind)) {
      rs = FloatFormat.either(re, kind, t, t, false);
    } else {
      rs = FloatFormat.isNaN(re, kind) ? "nan" : FloatFormat.signBit(re, kind) ? "-inf" : "inf";
    }
    String is;
    if (FloatFormat.isFinite(im, kind)) {
      is = FloatFormat.either(im, kind, t, t, true);
    } else {
      is = FloatFormat.isNaN(im, kind) ? "+nan" : FloatFormat.signBit(im, kind) ? "-inf" : "+inf";
    }
    return "(" + rs + is + "j)";
  }

  private static String shapeRepr(int[] shape) {
    StringBuilder b = new StringBuilder("(");
    for (int i = 0; i < shape.length; i++) {
      b.append(i == 0 ? "" : ", ").append(shape[i]);
    }
    return b.append(shape.length == 1 ? ",)" : ")").toString();
  }

  // ---------------------------------------------------------------------------------------------

  /** NumPy's {@code _array2string} + {@code _formatArray} for a non-empty array. */
  private static String array2string(NDArray a, int lineWidth, String separator, String prefix) {
    boolean summarize = a.size() > THRESHOLD;
    int[] shape = a.shapeRef();
    int[] strides = a.stridesRef();
    // The storage offsets of the printed elements, in print order: all of them, or with
    // summarization only the edge items of each long axis (NumPy's _leading_trailing), which are
    // also the only values the element formatter looks at.
    int count = 1;
    for (int n : shape) {
      count *= summarize && n > 2 * EDGE_ITEMS ? 2 * EDGE_ITEMS : n;
    }
    int[] offs = new int[count];
    collect(shape, strides, summarize, 0, a.offset(), offs, new int[1]);
    String[] words = formatElements(a.dtype(), a.data(), offs, shape.length == 0);
    Printer p = new Printer(shape, words, summarize, separator);
    return p.recurse(0, " " + " ".repeat(prefix.length()), lineWidth);
  }

  private static void collect(int[] shape, int[] strides, boolean summarize, int axis, int off,
      int[] out, int[] pos) {
    if (axis == shape.length) {
      out[pos[0]++] = off;
      return;
    }
    int n = shape[axis];
    int st = strides[axis];
    if (summarize && n > 2 * EDGE_ITEMS) {
      for (int i = 0; i < EDGE_ITEMS; i++) {
        collect(shape, strides, summarize, axis + 1, off + i * st, out, pos);
      }
      for (int i = n - EDGE_ITEMS; i < n; i++) {
        collect(shape, strides, summarize, axis + 1, off + i * st, out, pos);
      }
    } else {
      for (int i = 0; i < n; i++) {
        collect(shape, strides, summarize, axis + 1, off + i * st, out, pos);
      }
    }
  }

  /** The formatted elements: NumPy's format function built from (and applied to) the printed data. */
  private static String[] formatElements(DType d, Object data, int[] offs, boolean zeroDim) {
    int n = offs.length;
    String[] words = new String[n];
    if (d.isBool()) {
      byte[] b = (byte[]) data;
      String trueStr = zeroDim ? "True" : " True";
      for (int i = 0; i < n; i++) {
        words[i] = b[offs[i]] != 0 ? trueStr : "False";
      }
      return words;
    }
    if (d.isInteger()) {
      int width = 0;
      for (int i = 0; i < n; i++) {
        long v = Storage.getLong(data, d, offs[i]);
        words[i] = d == DType.UINT64 ? Long.toUnsignedString(v) : Long.toString(v);
        width = Math.max(width, words[i].length());
      }
      for (int i = 0; i < n; i++) {
        if (words[i].length() < width) {
          words[i] = " ".repeat(width - words[i].length()) + words[i];
        }
      }
      return words;
    }
    int kind = FloatFormat.kindOf(d);
    long[] re = new long[n];
    for (int i = 0; i < n; i++) {
      re[i] = FloatFormat.bits(data, d, offs[i], false);
    }
    FloatingFormat rf = new FloatingFormat(kind, re, n, false);
    if (!d.isComplex()) {
      for (int i = 0; i < n; i++) {
        words[i] = rf.format(re[i]);
      }
      return words;
    }
    long[] im = new long[n];
    for (int i = 0; i < n; i++) {
      im[i] = FloatFormat.bits(data, d, offs[i], true);
    }
    FloatingFormat imf = new FloatingFormat(kind, im, n, true);
    for (int i = 0; i < n; i++) {
      String r = rf.format(re[i]);
      String s = imf.format(im[i]);
      // the 'j' goes before the imaginary part's right padding
      int sp = s.length();
      while (sp > 0 && s.charAt(sp - 1) == ' ') {
        sp--;
      }
      words[i] = r + s.substring(0, sp) + "j" + s.substring(sp);
    }
    return words;
  }

  /** NumPy's {@code _formatArray} recursion over pre-formatted words (consumed in print order). */
  private static final class Printer {
    private final int[] shape;
    private final String[] words;
    private final boolean summarize;
    private final String separator;
    private final String sepStripped;
    private int next;

    Printer(int[] shape, String[] words, boolean summarize, String separator) {
      this.shape = shape;
      this.words = words;
      this.summarize = summarize;
      this.separator = separator;
      this.sepStripped = separator.stripTrailing();
    }

    String recurse(int axis, String hangingIndent, int currWidth) {
      int axesLeft = shape.length - axis;
      if (axesLeft == 0) {
        return words[next++];
      }
      String nextHangingIndent = hangingIndent + " ";
      int nextWidth = currWidth - 1;
      int aLen = shape[axis];
      boolean showSummary = summarize && 2 * EDGE_ITEMS < aLen;
      int leading = showSummary ? EDGE_ITEMS : 0;
      int trailing = showSummary ? EDGE_ITEMS : aLen;
      StringBuilder s = new StringBuilder();
      if (axesLeft == 1) {
        int elemWidth = currWidth - Math.max(sepStripped.length(), 1);
        StringBuilder line = new StringBuilder(hangingIndent);
        for (int i = 0; i < leading; i++) {
          extendLine(s, line, recurse(axis + 1, nextHangingIndent, nextWidth), elemWidth, hangingIndent);
          line.append(separator);
        }
        if (showSummary) {
          extendLine(s, line, "...", elemWidth, hangingIndent);
          line.append(separator);
        }
        for (int i = trailing; i > 1; i--) {
          extendLine(s, line, recurse(axis + 1, nextHangingIndent, nextWidth), elemWidth, hangingIndent);
          line.append(separator);
        }
        extendLine(s, line, recurse(axis + 1, nextHangingIndent, nextWidth), elemWidth, hangingIndent);
        s.append(line);
      } else {
        String lineSep = sepStripped + "\n".repeat(axesLeft - 1);
        for (int i = 0; i < leading; i++) {
          s.append(hangingIndent).append(recurse(axis + 1, nextHangingIndent, nextWidth)).append(lineSep);
        }
        if (showSummary) {
          s.append(hangingIndent).append("...").append(lineSep);
        }
        for (int i = trailing; i > 1; i--) {
          s.append(hangingIndent).append(recurse(axis + 1, nextHangingIndent, nextWidth)).append(lineSep);
        }
        s.append(hangingIndent).append(recurse(axis + 1, nextHangingIndent, nextWidth));
      }
      return "[" + s.substring(hangingIndent.length()) + "]";
    }

    private static void extendLine(StringBuilder s, StringBuilder line, String word, int lineWidth,
        String nextLinePrefix) {
      // Wrapping a line that holds only the indent would not help, so NumPy does not.
      boolean needsWrap = line.length() + word.length() > lineWidth
          && line.length() > nextLinePrefix.length();
      if (needsWrap) {
        int end = line.length();
        while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
          end--;
        }
        s.append(line, 0, end).append('\n');
        line.setLength(0);
        line.append(nextLinePrefix);
      }
      line.append(word);
    }
  }
}
