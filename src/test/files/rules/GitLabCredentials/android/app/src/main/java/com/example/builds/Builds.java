package com.example.builds;

import org.gitlab4j.api.GitLabApi;
import org.gitlab4j.api.PipelineApi;
import org.gitlab4j.api.models.Pipeline;

/** gitlab4j in an app: a token of its own, and a pipeline trigger. */
public class Builds {

  GitLabApi client() {
    return new GitLabApi("https://gitlab.com", "glpat-2H-1PS6g4n9JMtAW18cf"); // Noncompliant {{Revoke this GitLab access token (…18cf); let users sign in with OAuth (authorization code with PKCE), or call GitLab from your backend.}}
//                                             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  }

  Pipeline rebuild(PipelineApi pipelines) throws Exception {
    // ClientSideAccountCredentials reports this call where sonar-java resolves PipelineApi (gitlab4j on the
    // classpath, as in an Android build; the spec's client-side examples): the samples run without it.
    return pipelines.triggerPipeline(42L, BuildConfig.GITLAB_TRIGGER, "main", null);
  }

  GitLabApi withUsersOwnToken(String token) {
    return new GitLabApi("https://gitlab.com", token);
  }

  // Noncompliant@+1 {{Revoke this GitLab access token (…vrr9); let users sign in with OAuth (authorization code with PKCE), or call GitLab from your backend. It is only in a comment, but it stays in the repository's history.}}
  // new GitLabApi("https://gitlab.com", "glpat-O1wiaqg9ujohvL7avrr9");
//                                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^
}
