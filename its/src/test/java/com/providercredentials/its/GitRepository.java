package com.providercredentials.its;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** git in a working tree that a test makes, with an identity of its own; commits take the current date unless told. */
record GitRepository(Path dir) {

  String head() {
    return run("rev-parse", "HEAD").strip();
  }

  void commitAll(String message) {
    run("add", "-A");
    run("commit", "-q", "-m", message);
  }

  /** A commit authored and committed at that date (git's "seconds offset" form), as a long-lived branch brings. */
  void commitAllAt(String message, String date) {
    run("add", "-A");
    runWith(Map.of("GIT_AUTHOR_DATE", date, "GIT_COMMITTER_DATE", date), "commit", "-q", "-m", message);
  }

  String run(String... args) {
    return runWith(Map.of(), args);
  }

  String runWith(Map<String, String> environment, String... args) {
    List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Dev", "-c", "user.email=dev@example.com",
      "-c", "commit.gpgsign=false"));
    command.addAll(List.of(args));
    try {
      ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
      builder.environment().putAll(environment);
      Process process = builder.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(1, TimeUnit.MINUTES) || process.exitValue() != 0) {
        throw new IllegalStateException(command + " failed: " + output);
      }
      return output;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
