package dev.numbat.io;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Python literals an {@code .npy} header may hold, parsed as {@code ast.literal_eval} would:
 * dicts ({@link LinkedHashMap}), tuples ({@link Tuple}), lists, str, int ({@link BigInteger}),
 * float (Double), True/False (Boolean) and None ({@link #NONE}). Anything else is a
 * {@link SyntaxError}. Depth and length are bounded by the header size limit the caller enforces,
 * and nesting is capped so a hostile header cannot overflow the stack.
 */
final class PyLiteral {
  /** Python's None (a Java null cannot be a map value and a distinct literal at once). */
  static final Object NONE = new Object() {
    @Override
    public String toString() { return "None"; }
  };

  /** A Python tuple. */
  record Tuple(List<Object> items) {}

  /** The text is not a Python literal. */
  static final class SyntaxError extends Exception {
    SyntaxError(String m) {
      super(m, null, false, false);
    }
  }

  private static final int MAX_DEPTH = 64;

  private final String s;
  private final boolean py2Longs;
  private int i;

  private PyLiteral(String s, boolean py2Longs) {
    this.s = s;
    this.py2Longs = py2Longs;
  }

  /**
   * Parses one literal filling the whole text (surrounding whitespace allowed). {@code py2Longs}
   * accepts Python 2's {@code 3L} integers, as NumPy's header filter does for versions 1 and 2.
   */
  static Object parse(String text, boolean py2Longs) throws SyntaxError {
    PyLiteral p = new PyLiteral(text, py2Longs);
    p.ws();
    Object v = p.value(0);
    p.ws();
    if (p.i != p.s.length()) {
      throw new SyntaxError("trailing text at " + p.i);
    }
    return v;
  }

  private void ws() {
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        i++;
      } else if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
        i += 2;
      } else if (c == '#') {
        while (i < s.length() && s.charAt(i) != '\n') {
          i++;
        }
      } else {
        return;
      }
    }
  }

  private Object value(int depth) throws SyntaxError {
    if (depth > MAX_DEPTH) {
      throw new SyntaxError("nested too deeply");
    }
    if (i >= s.length()) {
      throw new SyntaxError("unexpected end");
    }
    char c = s.charAt(i);
    switch (c) {
      case '{': {
        i++;
        Map<Object, Object> m = new LinkedHashMap<>();
        ws();
        while (!peek('}')) {
          Object k = value(depth + 1);
          ws();
          expect(':');
          ws();
          Object v = value(depth + 1);
          if (k instanceof List<?> || k instanceof Map<?, ?>) {
            throw new SyntaxError("unhashable key");
          }
          m.put(k, v);
          ws();
          if (!peek('}')) {
            expect(',');
            ws();
          }
        }
        i++;
        return m;
      }
      case '(':
      case '[': {
        char close = c == '(' ? ')' : ']';
        i++;
        List<Object> l = new ArrayList<>();
        boolean comma = false;
        ws();
        while (!peek(close)) {
          l.add(value(depth + 1));
          ws();
          comma = false;
          if (!peek(close)) {
            expect(',');
            comma = true;
            ws();
          }
        }
        i++;
        if (c == '(') {
          if (l.size() == 1 && !comma) {
            return l.get(0);
          }
          return new Tuple(l);
        }
        return l;
      }
      case '\'':
      case '"':
        return string();
      default:
        break;
    }
    if (c == '-' || c == '+' || (c >= '0' && c <= '9') || c == '.') {
      return number();
    }
    if (Character.isLetter(c) || c == '_') {
      int st = i;
      while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
        i++;
      }
      String w = s.substring(st, i);
      if ((w.equals("b") || w.equals("u") || w.equals("r") || w.equals("B") || w.equals("U") || w.equals("R"))
          && i < s.length() && (s.charAt(i) == '\'' || s.charAt(i) == '"')) {
        if (w.equalsIgnoreCase("b")) {
          throw new SyntaxError("bytes literals are not supported in a header");
        }
        return string();
      }
      return switch (w) {
        case "True" -> Boolean.TRUE;
        case "False" -> Boolean.FALSE;
        case "None" -> NONE;
        default -> throw new SyntaxError("malformed node or string: name '" + w + "'");
      };
    }
    throw new SyntaxError("unexpected character at " + i);
  }

  private boolean peek(char c) throws SyntaxError {
    if (i >= s.length()) {
      throw new SyntaxError("unexpected end");
    }
    return s.charAt(i) == c;
  }

  private void expect(char c) throws SyntaxError {
    if (i >= s.length() || s.charAt(i) != c) {
      throw new SyntaxError("expected '" + c + "' at " + i);
    }
    i++;
  }

  private Object number() throws SyntaxError {
    boolean neg = false;
    if (s.charAt(i) == '-' || s.charAt(i) == '+') {
      neg = s.charAt(i) == '-';
      i++;
      ws();
      if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
        Object inner = number();
        return negate(inner, neg);
      }
    }
    int st = i;
    while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '.' || s.charAt(i) == '_'
        || ((s.charAt(i) == '-' || s.charAt(i) == '+') && i > st && (s.charAt(i - 1) == 'e' || s.charAt(i - 1) == 'E')))) {
      i++;
    }
    String t = s.substring(st, i).replace("_", "");
    if (py2Longs && (t.endsWith("L") || t.endsWith("l")) && t.length() > 1) {
      t = t.substring(0, t.length() - 1);
    }
    if (t.isEmpty() || t.contains("__")) {
      throw new SyntaxError("invalid number");
    }
    Object v;
    if (t.matches("[0-9]+")) {
      if (t.length() > 1 && t.charAt(0) == '0' && !t.matches("0+")) {
        throw new SyntaxError("leading zeros in decimal integer literals are not permitted");
      }
      if (t.length() > 4300) {
        throw new SyntaxError("integer literal too long");
      }
      v = new BigInteger(t);
    } else if (t.matches("0[xX][0-9a-fA-F]+")) {
      v = new BigInteger(t.substring(2), 16);
    } else if (t.matches("0[oO][0-7]+")) {
      v = new BigInteger(t.substring(2), 8);
    } else if (t.matches("0[bB][01]+")) {
      v = new BigInteger(t.substring(2), 2);
    } else if (t.matches("([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?")) {
      v = Double.parseDouble(t);
    } else {
      throw new SyntaxError("invalid number '" + t + "'");
    }
    return negate(v, neg);
  }

  private static Object negate(Object v, boolean neg) {
    if (!neg) {
      return v;
    }
    return v instanceof BigInteger b ? b.negate() : v instanceof Double d ? -d : v;
  }

  private String string() throws SyntaxError {
    char q = s.charAt(i);
    boolean triple = s.startsWith(String.valueOf(q).repeat(3), i);
    i += triple ? 3 : 1;
    StringBuilder b = new StringBuilder();
    while (true) {
      if (i >= s.length()) {
        throw new SyntaxError("unterminated string");
      }
      char c = s.charAt(i);
      if (c == q && (!triple || s.startsWith(String.valueOf(q).repeat(3), i))) {
        i += triple ? 3 : 1;
        return b.toString();
      }
      if (c == '\n' && !triple) {
        throw new SyntaxError("unterminated string");
      }
      if (c == '\\' && i + 1 < s.length()) {
        char e = s.charAt(i + 1);
        i += 2;
        switch (e) {
          case 'n' -> b.append('\n');
          case 't' -> b.append('\t');
          case 'r' -> b.append('\r');
          case '\\' -> b.append('\\');
          case '\'' -> b.append('\'');
          case '"' -> b.append('"');
          case '\n' -> { }
          case 'x' -> b.append((char) hex(2));
          case 'u' -> b.append((char) hex(4));
          case 'U' -> b.appendCodePoint(hex(8));
          default -> b.append('\\').append(e);
        }
        continue;
      }
      b.append(c);
      i++;
    }
  }

  private int hex(int n) throws SyntaxError {
    if (i + n > s.length()) {
      throw new SyntaxError("truncated escape");
    }
    try {
      int v = Integer.parseUnsignedInt(s.substring(i, i + n), 16);
      i += n;
      if (v > Character.MAX_CODE_POINT) {
        throw new SyntaxError("illegal Unicode character");
      }
      return v;
    } catch (NumberFormatException ex) {
      throw new SyntaxError("truncated escape");
    }
  }

  // ------------------------------------------------------------------ repr

  /** Python's {@code repr} of a parsed literal, for error messages. */
  static String repr(Object v) {
    StringBuilder b = new StringBuilder();
    repr(b, v);
    return b.toString();
  }

  private static void repr(StringBuilder b, Object v) {
    if (v instanceof String str) {
      b.append(strRepr(str));
    } else if (v instanceof Boolean bo) {
      b.append(bo ? "True" : "False");
    } else if (v instanceof Double d) {
      b.append(dev.numbat.backend.cpu.FloatFormat.scalarStr(Double.doubleToRawLongBits(d), dev.numbat.backend.cpu.FloatFormat.F64));
    } else if (v instanceof Tuple t) {
      b.append('(');
      for (int k = 0; k < t.items().size(); k++) {
        b.append(k == 0 ? "" : ", ");
        repr(b, t.items().get(k));
      }
      b.append(t.items().size() == 1 ? ",)" : ")");
    } else if (v instanceof List<?> l) {
      b.append('[');
      for (int k = 0; k < l.size(); k++) {
        b.append(k == 0 ? "" : ", ");
        repr(b, l.get(k));
      }
      b.append(']');
    } else if (v instanceof Map<?, ?> m) {
      b.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        b.append(first ? "" : ", ");
        first = false;
        repr(b, e.getKey());
        b.append(": ");
        repr(b, e.getValue());
      }
      b.append('}');
    } else {
      b.append(v);
    }
  }

  /** Python's {@code repr(str)}: single quotes unless the text has ' and no ", escapes. */
  static String strRepr(String s) {
    char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder b = new StringBuilder().append(q);
    s.codePoints().forEach(c -> {
      if (c == q || c == '\\') {
        b.append('\\').appendCodePoint(c);
      } else if (c == '\n') {
        b.append("\\n");
      } else if (c == '\r') {
        b.append("\\r");
      } else if (c == '\t') {
        b.append("\\t");
      } else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0xad) {
        b.append(String.format("\\x%02x", c));
      } else {
        b.appendCodePoint(c);
      }
    });
    return b.append(q).toString();
  }

  /** Python's {@code repr(bytes)}: b'\x93NUMPY'. */
  static String bytesRepr(byte[] v, int off, int len) {
    boolean hasSingle = false;
    boolean hasDouble = false;
    for (int k = off; k < off + len; k++) {
      hasSingle |= v[k] == '\'';
      hasDouble |= v[k] == '"';
    }
    char q = hasSingle && !hasDouble ? '"' : '\'';
    StringBuilder b = new StringBuilder("b").append(q);
    for (int k = off; k < off + len; k++) {
      int c = v[k] & 0xFF;
      if (c == q || c == '\\') {
        b.append('\\').append((char) c);
      } else if (c == '\n') {
        b.append("\\n");
      } else if (c == '\r') {
        b.append("\\r");
      } else if (c == '\t') {
        b.append("\\t");
      } else if (c < 0x20 || c >= 0x7f) {
        b.append(String.format("\\x%02x", c));
      } else {
        b.append((char) c);
      }
    }
    return b.append(q).toString();
  }
}
