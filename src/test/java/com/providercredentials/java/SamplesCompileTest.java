package com.providercredentials.java;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java samples are real code: they compile against the Twilio, AWS and OkHttp SDKs they call. */
class SamplesCompileTest {

  @Test
  void samples_compile_against_the_sdks(@TempDir Path out) {
    List<String> files = Stream.of("TwilioCredentials/java", "AwsCredentials/java", "TwilioCredentials/lookalikes").flatMap(JavaSamples::javaFiles).map(Path::toString).toList();
    String classpath = String.join(File.pathSeparator, JavaSamples.libraries().stream().map(File::getPath).toList());
    List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-cp", classpath, "-proc:none", "-Xlint:none"));
    args.addAll(files);
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int status = compiler.run(null, null, errors, args.toArray(String[]::new));
    assertThat(status).as(errors.toString()).isZero();
    assertThat(JavaSamples.libraries()).hasSizeGreaterThanOrEqualTo(4);
    assertThat(Files.exists(out.resolve("com/example/sms/InlineCredentials.class"))).isTrue();
  }
}
