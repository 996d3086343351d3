package dev.numbat.gpu.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TemplatesTest {
  @Test
  void repeatsWithNestingAndOuterNamesInInnerHeaders() {
    String t = """
        head
        /**begin repeat
         * #N = a, b#
         * #V = 1*2#
         */
        /**begin repeat1
         * #K = x, @N@y#
         */
        @N@ @K@ @V@
        /**end repeat1**/
        /**end repeat**/
        tail""";
    assertEquals("head\na x 1\na ay 1\nb x 1\nb by 1\ntail", Templates.expand(t));
  }

  @Test
  void errorsNameTheLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Templates.expand("f.cu.src", "/**begin repeat\n * #A = 1, 2#\n * #B = 1#\n */\n@A@\n/**end repeat**/"));
    assertTrue(e.getMessage().startsWith("f.cu.src:3:"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Templates.expand("/**begin repeat\n * #A = 1#\n */\n@B@\n/**end repeat**/"));
    assertThrows(IllegalArgumentException.class, () -> Templates.expand("/**begin repeat\n * #A = 1#\n */\n@A@\n"));
  }
}
