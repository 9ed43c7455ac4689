// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandLine.h"
#include "common/Clock.h"
#include "reports/PdfReportRenderer.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// Report commands draw PDFs and need fonts, so a QGuiApplication - on the offscreen platform when there
// is no display. Every other command starts a plain QCoreApplication, as fast as before.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char* argv[])
{
    bool drawing = false;
    for (int i = 1; i < argc; ++i)
        drawing = drawing || std::strcmp(argv[i], "report") == 0;
    if (!drawing)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char* argv[])
{
    const auto app = makeApplication(argc, argv);
    static const steward::PdfReportRenderer renderer;
    steward::ReportRenderer::install(&renderer);
    QCoreApplication::setApplicationName(QStringLiteral("steward-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STEWARD_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    steward::CommandLine commandLine;
    const auto code = commandLine.run(QCoreApplication::arguments().mid(1), out, err, steward::Clock::system());
    return static_cast<int>(code);
}
