package com.example.issues;

import org.kohsuke.github.GitHub;
import org.kohsuke.github.GitHubBuilder;

/** hub4j's GitHub client in an app: a token of its own, and an installation token. */
public class Reporter {

  // a look-alike whose checksum is wrong is no token
  static final String EXAMPLE_TOKEN = "ghu_Oz0K5k3IYvIBHLA54jnCNmHLkbe3IL3kkZoA";

  GitHub asUser() throws Exception {
    return new GitHubBuilder().withOAuthToken("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").build(); // Noncompliant {{Revoke this GitHub personal access token (…fz4f); an app signs its users in through a GitHub App (device flow) or asks your backend, it never holds a token of its own.}}
//                                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  }

  GitHub asInstallation() throws Exception {
    return new GitHubBuilder().withAppInstallationToken(BuildConfig.GITHUB_INSTALLATION_TOKEN).build(); // Noncompliant {{This app authenticates as a GitHub App with credentials that anyone can extract from the APK; let your backend act as the App, and sign users in with the device flow.}}
//                             ^^^^^^^^^^^^^^^^^^^^^^^^
//                                                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1< {{Read from BuildConfig.GITHUB_INSTALLATION_TOKEN, which the build writes into the APK}}
// S                                                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-2 #inst {{Passed to GitHubBuilder…withAppInstallationToken here}}
  }

  GitHub withUsersOwnToken(String token) throws Exception {
    return new GitHubBuilder().withOAuthToken(token).build();
  }

  // Noncompliant@+1 {{Revoke this GitHub token (…dW9k); an app gets its user's token at run time through a GitHub App's device flow, and installation tokens stay on your backend. It is only in a comment, but it stays in the repository's history.}}
  // GitHub github = GitHub.connectUsingOAuth("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");
//                                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
}
