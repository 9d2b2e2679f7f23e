package com.providercredentials.its;

import static org.assertj.core.api.Assertions.assertThat;

import com.providercredentials.its.SonarQube.Issue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * What ships (issue #19): an Android project whose source is clean, whose built APK carries a CI-injected Twilio token,
 * and which bundles a vendor SDK jar carrying an AWS key. The test builds both (javac, then D8 from Maven Central), and
 * both issues land on the build-file lines that inject and declare them.
 */
@ExtendWith(SonarQubeExtension.class)
class ShippedAppTest {

  private static final String SID = "AC5b1e4f27a9c83d60e2f71b4c9d08a3e6";
  private static final String TOKEN = "9e2d5b7c1a4f68e03b9d2c7a5e1f4b08";
  private static final String AWS_KEY_ID = "AKIAW7NQ3ZK5T2XRH9BD";
  private static final String AWS_SECRET = "Vq8Lr2Mx5Tb9Kc3Nw7Hd1Pz6Yf4Js0Gu8Ea2Ro5I";

  @TempDir
  Path work;

  @Test
  void the_ci_injected_token_in_the_apk_and_the_sdk_s_key_land_on_their_build_file_lines(SonarQube server) throws Exception {
    Path project = Projects.copy(server, "shipped-app", work.resolve("shipped-app"));
    String buildConfig = """
      package com.example.shipped;
      public final class BuildConfig {
        public static final boolean DEBUG = false;
        public static final String APPLICATION_ID = "com.example.shipped";
        public static final String TWILIO_ACCOUNT_SID = "%s";
        public static final String TWILIO_AUTH_TOKEN = "%s";
      }
      """.formatted(SID, TOKEN);
    String telemetry = """
      package com.vendor.analytics;
      public final class Uploader {
        static final String BUCKET = "vendor-analytics-events";
        public static final String AWS_ACCESS_KEY_ID = "%s";
        public static final String AWS_SECRET_ACCESS_KEY = "%s";
      }
      """.formatted(AWS_KEY_ID, AWS_SECRET);
    Map<String, byte[]> sdk = compile(Map.of("com.vendor.analytics.Uploader", telemetry));
    Files.write(project.resolve("app/libs/vendor-sdk.jar"), zip(sdk));
    // the release APK: the app's classes and the SDK's, dexed by D8
    Map<String, byte[]> classes = new TreeMap<>(sdk);
    classes.putAll(compile(Map.of("com.example.shipped.BuildConfig", buildConfig)));
    Path apk = project.resolve("app/build/outputs/apk/release/app-release.apk");
    Files.createDirectories(apk.getParent());
    Files.write(apk, zip(dex(classes)));

    SonarQube.Result scan = server.scan(project, "shipped-app");

    assertThat(scan.exitCode()).as(scan.output()).isZero();
    assertThat(server.issues("shipped-app")).extracting(Issue::toString).containsExactlyInAnyOrder(
      "credentials-files:TwilioCredentials app/build.gradle:14 "
        + "Revoke this Twilio Auth Token (…4b08) and issue short-lived Access Tokens from your backend instead.",
      "credentials-files:AwsCredentials app/build.gradle:21 "
        + "Revoke this AWS secret access key (…Ro5I); give the app temporary credentials from Cognito or STS instead. "
        + "It ships in libs/vendor-sdk.jar, class com.vendor.analytics.Uploader.");
    assertThat(scan.output()).doesNotContain(TOKEN).doesNotContain(AWS_SECRET).doesNotContain(TOKEN.substring(0, 8));
  }

  /** Class files of the sources, compiled in memory by the JDK's compiler. */
  private static Map<String, byte[]> compile(Map<String, String> sources) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    Map<String, ByteArrayOutputStream> out = new TreeMap<>();
    var manager = new ForwardingJavaFileManager<>(compiler.getStandardFileManager(null, null, null)) {
      @Override
      public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
        return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + ".class"), kind) {
          @Override
          public OutputStream openOutputStream() {
            return out.computeIfAbsent(className, c -> new ByteArrayOutputStream());
          }
        };
      }
    };
    List<JavaFileObject> units = new ArrayList<>();
    sources.forEach((name, source) -> units.add(new SimpleJavaFileObject(URI.create("mem:///" + name.replace('.', '/') + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    }));
    assertThat(compiler.getTask(null, manager, null, List.of("-g:none", "--release", "8"), null, units).call()).isTrue();
    Map<String, byte[]> classes = new TreeMap<>();
    out.forEach((name, bytes) -> classes.put(name.replace('.', '/') + ".class", bytes.toByteArray()));
    return classes;
  }

  /** {@code classes.dex} of the class files, made by D8 in release mode. */
  private Map<String, byte[]> dex(Map<String, byte[]> classes) throws Exception {
    Path output = work.resolve("dex.zip");
    var command = com.android.tools.r8.D8Command.builder().setMinApiLevel(24).setMode(com.android.tools.r8.CompilationMode.RELEASE)
      .setProgramConsumer(new com.android.tools.r8.DexIndexedConsumer.ArchiveConsumer(output));
    classes.values().forEach(bytes -> command.addClassProgramData(bytes, com.android.tools.r8.origin.Origin.unknown()));
    com.android.tools.r8.D8.run(command.build());
    Map<String, byte[]> entries = new TreeMap<>();
    try (ZipFile zip = new ZipFile(output.toFile())) {
      for (ZipEntry entry : Collections.list(zip.entries())) {
        entries.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
      }
    }
    return entries;
  }

  private static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JarOutputStream jar = new JarOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        jar.putNextEntry(new JarEntry(entry.getKey()));
        jar.write(entry.getValue());
        jar.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
