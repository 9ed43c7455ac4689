// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace steward::test {

/** What one run of steward-cli (or another program) gave back. */
struct CliRun
{
    int exitCode = -1; // -1 when it crashed
    QString out;
    QString err;
};

/**
 * Runs the steward-cli under test (test::cliPath()) with the arguments and waits for it (fatal after
 * the timeout). extraEnvironment is added to the test's own environment (e.g. TZ).
 */
CliRun runCli(const QStringList& arguments, const QProcessEnvironment& extraEnvironment = {}, int timeoutMs = 120000);

/**
 * Runs any program (steward-cli, pdftotext, a checker in python3...) with exactly `environment` (the test's
 * own when empty) and waits for it (fatal after the timeout).
 */
CliRun runProgram(const QString& program,
                  const QStringList& arguments,
                  const QProcessEnvironment& environment = {},
                  int timeoutMs = 120000);

/** The test's environment without a display (DISPLAY, WAYLAND_DISPLAY, QT_QPA_PLATFORM removed). */
QProcessEnvironment environmentWithoutDisplay();

/** Writes content to path, fatal when it cannot; returns the path. */
QString writeTestFile(const QString& path, const QByteArray& content);

} // namespace steward::test
