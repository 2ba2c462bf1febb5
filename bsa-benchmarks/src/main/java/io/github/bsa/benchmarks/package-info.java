/**
 * JMH benchmarks. Build with {@code ./mvnw -B -pl bsa-benchmarks -am package -DskipTests} and run
 * {@code java -jar bsa-benchmarks/target/benchmarks.jar [name]}; figures go to {@code
 * docs/performance.md}.
 */
@NullMarked
package io.github.bsa.benchmarks;

import org.jspecify.annotations.NullMarked;
