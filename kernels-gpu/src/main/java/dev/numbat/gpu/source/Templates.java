package dev.numbat.gpu.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands NumPy-style ({@code conv_template.py}) repeat blocks, the syntax of kernels-cpu's
 * {@code *.java.src} templates (the processor's {@code KernelTemplate}, which runs only at build
 * time, so kernels-gpu has this small copy for its {@code .cu.src} resources):
 *
 * <pre>
 * /**begin repeat
 *  * #NAME = int32, float32#
 *  * #T = int, float#
 *  *&#47;
 * ... @NAME@ ... @T@ ...
 * /**end repeat**&#47;
 * </pre>
 *
 * The body is emitted once per list index with {@code @name@} replaced by that index's value.
 * A nested block opens with {@code /**begin repeat1} (then {@code repeat2}) and sees the outer
 * blocks' names, also inside its own header (so an inner list may be {@code #INIT = 0, @MAX@#}).
 * {@code v*3} in a list stands for {@code v, v, v}; values cannot contain commas. Marker lines
 * are dropped; text outside blocks is copied unchanged. A malformed template is an
 * {@link IllegalArgumentException} naming the template and line.
 */
public final class Templates {
  private static final Pattern BEGIN = Pattern.compile("^\\s*/\\*\\*begin repeat(\\d*)\\b(.*)$");
  private static final Pattern END = Pattern.compile("^\\s*/\\*\\*end repeat(\\d*)\\*\\*/\\s*$");
  private static final Pattern DEF = Pattern.compile("#\\s*([A-Za-z_]\\w*)\\s*=([^#]*)#");
  private static final Pattern USE = Pattern.compile("@([A-Za-z_]\\w*)@");
  private static final Pattern TIMES = Pattern.compile("^(.*?)\\s*\\*\\s*(\\d+)$");

  private final String file;
  private final String[] lines;

  private Templates(String file, String text) {
    this.file = file;
    this.lines = text.split("\n", -1);
  }

  /** {@code text} with its repeat blocks expanded. */
  public static String expand(String text) {
    return expand("template", text);
  }

  /** {@code text} (read from {@code file}, named in errors) with its repeat blocks expanded. */
  public static String expand(String file, String text) {
    Templates t = new Templates(file, text);
    StringBuilder out = new StringBuilder();
    int end = t.block(0, "", Map.of(), out, false);
    if (end < t.lines.length) {
      throw t.error(end, "/**end repeat" + t.endDepth(end) + "**/ without a matching begin");
    }
    return out.toString();
  }

  private IllegalArgumentException error(int line, String message) {
    return new IllegalArgumentException(file + ":" + (line + 1) + ": " + message);
  }

  private String endDepth(int i) {
    Matcher m = END.matcher(lines[i]);
    return m.matches() ? m.group(1) : "";
  }

  /** Emits lines from {@code from} to an end marker or the end; returns the marker's index (or lines.length). */
  private int block(int from, String depth, Map<String, String> env, StringBuilder out, boolean inBlock) {
    int i = from;
    while (i < lines.length) {
      String line = lines[i];
      if (END.matcher(line).matches()) {
        return i;
      }
      Matcher b = BEGIN.matcher(line);
      if (!b.matches()) {
        out.append(inBlock ? substitute(line, env, i) : line);
        if (i < lines.length - 1) {
          out.append('\n');
        }
        i++;
        continue;
      }
      int beginLine = i;
      String inner = b.group(1);
      // conv_template's convention: the outermost block is "repeat", the one inside it "repeat1".
      String expected = !inBlock ? "" : String.valueOf(depth.isEmpty() ? 1 : Integer.parseInt(depth) + 1);
      if (!inner.equals(expected)) {
        throw error(i, "expected /**begin repeat" + expected + " at this nesting level, found /**begin repeat" + inner);
      }
      StringBuilder header = new StringBuilder(b.group(2));
      while (!header.toString().contains("*/")) {
        i++;
        if (i >= lines.length) {
          throw error(beginLine, "repeat header is not closed with */");
        }
        header.append('\n').append(lines[i]);
      }
      String head = substitute(header.substring(0, header.indexOf("*/")), env, beginLine);
      Map<String, List<String>> defs = definitions(head, beginLine, env);
      int bodyStart = i + 1;
      int n = defs.values().iterator().next().size();
      int endLine = -1;
      for (int k = 0; k < n; k++) {
        Map<String, String> scope = new HashMap<>(env);
        for (Map.Entry<String, List<String>> d : defs.entrySet()) {
          scope.put(d.getKey(), d.getValue().get(k));
        }
        endLine = block(bodyStart, inner, scope, out, true);
        if (endLine >= lines.length) {
          throw error(beginLine, "/**begin repeat" + inner + " has no /**end repeat" + inner + "**/");
        }
        String found = endDepth(endLine);
        if (!found.equals(inner)) {
          throw error(endLine, "/**end repeat" + found + "**/ closes /**begin repeat" + inner + " (line " + (beginLine + 1) + ")");
        }
      }
      i = endLine + 1;
    }
    return i;
  }

  private Map<String, List<String>> definitions(String header, int beginLine, Map<String, String> outer) {
    Map<String, List<String>> defs = new LinkedHashMap<>();
    Matcher m = DEF.matcher(header);
    while (m.find()) {
      int line = beginLine + (int) header.substring(0, m.start()).chars().filter(c -> c == '\n').count();
      String name = m.group(1);
      if (defs.containsKey(name) || outer.containsKey(name)) {
        throw error(line, "repeat variable " + name + " is defined twice");
      }
      List<String> values = new ArrayList<>();
      for (String item : m.group(2).split(",", -1)) {
        String v = item.strip();
        Matcher t = TIMES.matcher(v);
        if (t.matches()) {
          for (int r = Integer.parseInt(t.group(2)); r > 0; r--) {
            values.add(t.group(1));
          }
        } else {
          values.add(v);
        }
      }
      if (!defs.isEmpty()) {
        Map.Entry<String, List<String>> first = defs.entrySet().iterator().next();
        if (first.getValue().size() != values.size()) {
          throw error(line, "#" + name + "# has " + values.size() + " values but #" + first.getKey()
              + "# has " + first.getValue().size() + "; every list of a repeat block needs the same length");
        }
      }
      defs.put(name, values);
    }
    if (defs.isEmpty()) {
      throw error(beginLine, "repeat header defines no #name = values# list");
    }
    return defs;
  }

  private String substitute(String line, Map<String, String> env, int index) {
    Matcher m = USE.matcher(line);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String v = env.get(m.group(1));
      if (v == null) {
        throw error(index, "@" + m.group(1) + "@ is not a variable of the enclosing repeat blocks " + env.keySet().stream().sorted().toList());
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(v));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
