package dev.numbat.processor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands NumPy-style ({@code conv_template.py}) repeat blocks in a kernel template:
 *
 * <pre>
 * /**begin repeat
 *  * #S = i8, i16#
 *  * #T = byte, short#
 *  *&#47;
 * ... @S@ ... @T@ ...
 * /**end repeat**&#47;
 * </pre>
 *
 * The body is emitted once per list index with {@code @name@} replaced by that index's value.
 * A nested block opens with {@code /**begin repeat1} and closes with {@code /**end repeat1**&#47;}
 * and sees the outer block's names too. {@code v*3} in a list stands for {@code v, v, v}; values
 * cannot contain commas. The marker lines themselves are dropped; text outside blocks is copied
 * unchanged (so a class keeps its Javadoc). Every malformed template is a {@link SpecException}
 * naming the file and line, which the processor turns into a compile error.
 */
public final class KernelTemplate {
  private static final Pattern BEGIN = Pattern.compile("^\\s*/\\*\\*begin repeat(\\d*)\\b(.*)$");
  private static final Pattern END = Pattern.compile("^\\s*/\\*\\*end repeat(\\d*)\\*\\*/\\s*$");
  private static final Pattern DEF = Pattern.compile("#\\s*([A-Za-z_]\\w*)\\s*=([^#]*)#");
  private static final Pattern USE = Pattern.compile("@([A-Za-z_]\\w*)@");
  private static final Pattern TIMES = Pattern.compile("^(.*?)\\s*\\*\\s*(\\d+)$");

  private final String file;
  private final String[] lines;

  private KernelTemplate(String file, String text) {
    this.file = file;
    this.lines = text.split("\n", -1);
  }

  /** The Java source that {@code text} (read from {@code file}, named in errors) expands to. */
  public static String expand(String file, String text) {
    KernelTemplate t = new KernelTemplate(file, text);
    StringBuilder out = new StringBuilder();
    int end = t.block(0, "", Map.of(), out, false);
    if (end < t.lines.length) {
      throw new SpecException(file, end + 1, "/**end repeat" + t.endDepth(end) + "**/ without a matching begin");
    }
    return out.toString();
  }

  private String endDepth(int i) {
    Matcher m = END.matcher(lines[i]);
    return m.matches() ? m.group(1) : "";
  }

  /**
   * Emits lines from {@code from} until an end marker or the end of the file, substituting
   * {@code env} when {@code inBlock}; returns the index of the end marker (or lines.length).
   */
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
      String expectedInner = !inBlock ? "" : String.valueOf(depth.isEmpty() ? 1 : Integer.parseInt(depth) + 1);
      if (!inner.equals(expectedInner)) {
        throw new SpecException(file, i + 1, "expected /**begin repeat" + expectedInner + " at this nesting level, found /**begin repeat" + inner);
      }
      // The header runs to the first "*/"; its #name = list# entries may span lines.
      StringBuilder header = new StringBuilder(b.group(2));
      while (!header.toString().contains("*/")) {
        i++;
        if (i >= lines.length) {
          throw new SpecException(file, beginLine + 1, "repeat header is not closed with */");
        }
        header.append('\n').append(lines[i]);
      }
      Map<String, List<String>> defs = definitions(header.substring(0, header.indexOf("*/")), beginLine, env);
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
          throw new SpecException(file, beginLine + 1, "/**begin repeat" + inner + " has no /**end repeat" + inner + "**/");
        }
        String found = endDepth(endLine);
        if (!found.equals(inner)) {
          throw new SpecException(file, endLine + 1, "/**end repeat" + found + "**/ closes /**begin repeat" + inner + " (line " + (beginLine + 1) + ")");
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
      int line = beginLine + 1 + (int) header.substring(0, m.start()).chars().filter(c -> c == '\n').count();
      String name = m.group(1);
      if (defs.containsKey(name) || outer.containsKey(name)) {
        throw new SpecException(file, line, "repeat variable " + name + " is defined twice");
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
          throw new SpecException(file, line, "#" + name + "# has " + values.size() + " values but #" + first.getKey()
              + "# has " + first.getValue().size() + "; every list of a repeat block needs the same length");
        }
      }
      defs.put(name, values);
    }
    if (defs.isEmpty()) {
      throw new SpecException(file, beginLine + 1, "repeat header defines no #name = values# list");
    }
    return defs;
  }

  private String substitute(String line, Map<String, String> env, int index) {
    Matcher m = USE.matcher(line);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String v = env.get(m.group(1));
      if (v == null) {
        throw new SpecException(file, index + 1, "@" + m.group(1) + "@ is not a variable of the enclosing repeat blocks " + env.keySet().stream().sorted().toList());
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(v));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
