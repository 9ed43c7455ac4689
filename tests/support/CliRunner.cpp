// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include "TestWorkspace.h"

#include <QFile>
#include <QProcess>

namespace steward::test {

CliRun runCli(const QStringList& arguments, const QProcessEnvironment& extraEnvironment, int timeoutMs)
{
    QProcessEnvironment environment;
    if (!extraEnvironment.isEmpty()) {
        environment = QProcessEnvironment::systemEnvironment();
        environment.insert(extraEnvironment);
    }
    return runProgram(cliPath(), arguments, environment, timeoutMs);
}

CliRun
runProgram(const QString& program, const QStringList& arguments, const QProcessEnvironment& environment, int timeoutMs)
{
    QProcess process;
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs))
        qFatal("%s did not finish: %s", qPrintable(program), qPrintable(arguments.join(QLatin1Char(' '))));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QProcessEnvironment environmentWithoutDisplay()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    return environment;
}

QString writeTestFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write the fixture %s", qPrintable(path));
    return file.fileName();
}

} // namespace steward::test
