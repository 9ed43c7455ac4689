# SPDX-License-Identifier: GPL-3.0-or-later
# The rotation engine's suites, included by tests/core/CMakeLists.txt.
steward_add_test(TestRotationEngine SOURCES TestRotationEngine.cpp LIBS steward_core)
steward_add_test(TestRotationProperties SOURCES TestRotationProperties.cpp LIBS steward_core)
# The shared checker every `steward-cli schedule` plan must pass; CI keeps shared/ beside the clone.
target_compile_definitions(TestRotationProperties PRIVATE
    STEWARD_ROTATION_CHECKER="${PROJECT_SOURCE_DIR}/../shared/checks/check_rotation.py")
