dependencyResolutionManagement {
    repositories {
        google()
        mavenCentral()
        maven {
            url = uri("https://api.mapbox.com/downloads/v2/releases/maven")
            credentials.username = "mapbox"
            credentials.password = "sk.eyJ1IjoiZ2VvLWRldjEiLCJhIjoiY2x1YXE4ajNnd3BhNWRhZ2d0YmgyNzQ1MSJ9.8VygwBRzOTi_ot8-KxpVi0" // Noncompliant {{Revoke this Mapbox downloads token (…pVi0): it belongs in ~/.gradle/gradle.properties (MAPBOX_DOWNLOADS_TOKEN), outside the project, never in its build files.}}
            authentication {
                create<BasicAuthentication>("basic")
            }
        }
        maven {
            url = uri("https://api.mapbox.com/downloads/v2/releases/maven")
            credentials {
                username = "mapbox"
                password = providers.gradleProperty("MAPBOX_DOWNLOADS_TOKEN").get()
            }
        }
    }
}
rootProject.name = "kts"
include(":app")
