package io.github.bsa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The commands registered on demand (ADR 0370): each name is its command's own, and the usage
 * message, {@code help} and a misspelt command still see all of them.
 */
final class CommandRegistryTest {

  @Test
  void eachNameIsItsCommandsName() {
    for (Map.Entry<String, Supplier<Object>> e : BsaCli.COMMANDS.entrySet()) {
      assertThat(new CommandLine(e.getValue().get()).getCommandName()).isEqualTo(e.getKey());
    }
  }

  @Test
  void usageListsEveryCommand() {
    CliTest.Run r = CliTest.run("--help");
    assertThat(r.exit()).isZero();
    for (String name : BsaCli.COMMANDS.keySet()) {
      assertThat(r.out()).contains("  " + name + " ");
    }
    assertThat(r.out()).contains("  help ");
  }

  @Test
  void helpAndTyposSeeEveryCommand() {
    CliTest.Run help = CliTest.run("help", "backup");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("Usage: bsa backup");
    CliTest.Run typo = CliTest.run("pars");
    assertThat(typo.exit()).isEqualTo(2);
    assertThat(typo.err()).contains("bsa parse");
    CliTest.Run sub = CliTest.run("parse", "--help");
    assertThat(sub.exit()).isZero();
    assertThat(sub.out()).contains("Usage: bsa parse");
  }
}
