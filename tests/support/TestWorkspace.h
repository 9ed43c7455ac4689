// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"

#include <QString>
#include <QTemporaryDir>

namespace steward::test {

/** The instant every test's fixed clock shows: the sample's "today". */
QDateTime fixedNow();
/** A FixedClock at fixedNow(), shared by the tests of one process. */
FixedClock& fixedClock();
/** The folder of small fixtures (tests/data), from the STEWARD_TEST_DATA environment variable. */
QString testDataPath(const QString& fileName);
/** The steward-cli executable under test, from the STEWARD_CLI environment variable. */
QString cliPath();

} // namespace steward::test
