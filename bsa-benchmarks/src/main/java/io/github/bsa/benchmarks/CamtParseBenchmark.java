package io.github.bsa.benchmarks;

import io.github.bsa.core.ParseListener;
import io.github.bsa.core.ParseOptions;
import io.github.bsa.core.StatementAnalyzer;
import io.github.bsa.core.model.ParseResult;
import io.github.bsa.core.model.Transaction;
import io.github.bsa.parsers.BsaParsers;
import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parses a generated camt.053.001.08 statement (about 1 KB per entry, one TxDtls each) through
 * bsa's public API without retaining transactions, against a bare walk of the same bytes with the
 * JDK's StAX reader (what any StAX-based parser pays) and a plain byte loop as the floor.
 *
 * <p>Run: {@code java -jar bsa-benchmarks/target/benchmarks.jar CamtParseBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class CamtParseBenchmark {
  @Param({"10000"})
  public int entries;

  private byte[] document = new byte[0];
  private StatementAnalyzer analyzer =
      StatementAnalyzer.builder().parsers(BsaParsers.all()).build();
  private ParseOptions options = ParseOptions.defaults();

  @Setup(Level.Trial)
  public void setUp() {
    document = CamtDocuments.statement(entries);
    options = ParseOptions.builder().format("camt.053").retainTransactions(false).build();
  }

  @Benchmark
  public long bsa() {
    long[] count = new long[1];
    ParseResult result =
        analyzer.parse(
            new ByteArrayInputStream(document),
            null,
            options,
            new ParseListener() {
              @Override
              public void onTransaction(int statementIndex, Transaction transaction) {
                count[0]++;
              }
            });
    if (count[0] != entries) {
      throw new IllegalStateException("parsed " + count[0] + " of " + entries + " " + result);
    }
    return count[0];
  }

  @Benchmark
  public long stax() throws XMLStreamException {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(document));
    long elements = 0;
    while (r.hasNext()) {
      if (r.next() == XMLStreamConstants.START_ELEMENT) {
        elements++;
      }
    }
    r.close();
    return elements;
  }

  @Benchmark
  public long floor() {
    return Floor.lineFeeds(document);
  }
}
