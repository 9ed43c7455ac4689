// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include "TestWorkspace.h"

#include <QFile>
#include <QProcess>

namespace steward::test {

CliRun runCli(const QStringList& arguments, const QProcessEnvironment& extraEnvironment, int timeoutMs)
{
    QProcess process;
    if (!extraEnvironment.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(extraEnvironment);
        process.setProcessEnvironment(environment);
    }
    process.start(cliPath(), arguments);
    if (!process.waitForFinished(timeoutMs))
        qFatal("steward-cli did not finish: %s", qPrintable(arguments.join(QLatin1Char(' '))));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString writeTestFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write the fixture %s", qPrintable(path));
    return file.fileName();
}

} // namespace steward::test
