// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestWorkspace.h"

#include <QDir>

namespace steward::test {

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);
}

FixedClock& fixedClock()
{
    static FixedClock clock(fixedNow());
    return clock;
}

QString testDataPath(const QString& fileName)
{
    return QDir(qEnvironmentVariable("STEWARD_TEST_DATA")).filePath(fileName);
}

QString cliPath()
{
    return qEnvironmentVariable("STEWARD_CLI");
}

} // namespace steward::test
