package io.github.bsa.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.github.bsa.core.model.ParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The published JSON contracts (docs/schema): every example document of every published schema
 * version validates against its schema and is still read by this version; the current writers
 * produce documents valid against the published schema of the current version.
 */
final class SchemaContractTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern EXAMPLE = Pattern.compile("(.+)-([0-9][0-9.]*)\\.json");
  private static final Path SCHEMAS =
      Objects.requireNonNull(Path.of("").toAbsolutePath().getParent()).resolve("docs/schema");

  @Test
  void everyPublishedExample_validatesAgainstItsVersionsSchema_andIsStillRead() throws Exception {
    List<Path> examples;
    try (Stream<Path> s = Files.list(SCHEMAS.resolve("examples"))) {
      examples = s.sorted().toList();
    }
    assertThat(examples)
        .extracting(p -> p.getFileName().toString())
        .contains("parse-result-1.0.json", "analysis-report-1.0.json", "health-report-1.json");
    for (Path example : examples) {
      Matcher m = EXAMPLE.matcher(example.getFileName().toString());
      assertThat(m.matches()).as(example.toString()).isTrue();
      String name = m.group(1);
      String version = m.group(2);
      JsonNode doc = MAPPER.readTree(Files.readString(example));
      assertThat(doc.path("schemaVersion").asText()).as(example.toString()).isEqualTo(version);
      assertThat(schema(SCHEMAS.resolve(name + "-" + version + ".schema.json")).validate(doc))
          .as(example.toString())
          .isEmpty();
      if (name.equals("parse-result")) {
        // Read by this version, and written again in the current version's form.
        ParseResult read = ParseResultJson.fromJson(Files.readString(example));
        assertThat(read.statements()).isNotEmpty();
        JsonNode again = MAPPER.readTree(ParseResultJson.toJson(read));
        assertThat(again.path("schemaVersion").asText()).isEqualTo(ParseResultJson.SCHEMA_VERSION);
        assertThat(current("parse-result", ParseResultJson.SCHEMA_VERSION).validate(again))
            .isEmpty();
      }
    }
  }

  @Test
  void theCurrentVersions_arePublished() {
    assertThat(SCHEMAS.resolve("parse-result-" + ParseResultJson.SCHEMA_VERSION + ".schema.json"))
        .exists();
    assertThat(
            SCHEMAS.resolve(
                "analysis-report-" + AnalysisReportJson.SCHEMA_VERSION + ".schema.json"))
        .exists();
  }

  private static JsonSchema current(String name, String version) throws IOException {
    return schema(SCHEMAS.resolve(name + "-" + version + ".schema.json"));
  }

  private static JsonSchema schema(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }
}
