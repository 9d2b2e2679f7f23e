package com.example.builds

object GitLabConfig {
    const val GITLAB_TOKEN = "glpat-O19clQOLBjUJnahZOZxgRSckTecAaFZsy.01ls6jvi5" // Noncompliant {{Revoke this GitLab access token (…jvi5); let users sign in with OAuth (authorization code with PKCE), or call GitLab from your backend.}}
//                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
    // a commit id is no token
    const val GITLAB_COMMIT = "c005bc783071a923a4b4b342e0a200451fb30db1"
}
