rootProject.name = "courier"
include(":app")
