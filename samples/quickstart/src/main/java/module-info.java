/**
 * The README's Java quick start as a consumer module: it needs only bsa-parsers, bsa-jdbc and a
 * JDBC driver.
 */
module io.github.bsa.samples.quickstart {
  requires io.github.bsa.parsers;
  requires io.github.bsa.jdbc;
}
