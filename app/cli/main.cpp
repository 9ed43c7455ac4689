// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandLine.h"
#include "common/Clock.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("steward-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STEWARD_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    steward::CommandLine commandLine;
    const auto code = commandLine.run(app.arguments().mid(1), out, err, steward::Clock::system());
    return static_cast<int>(code);
}
