// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirstPaintProbe.h"
#include "MainWindow.h"
#include "TranslatorLoader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTemporaryDir>
#include <QTimer>

#include <cstring>
#include <memory>

namespace {

// --help and --version print and quit: they must work in a terminal without a display (ssh, CI, man
// page tooling), where the default platform plugin would abort before the parser runs.
void allowHelpWithoutDisplay(int argc, char* argv[])
{
    if (qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
        || qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        return;
    for (int i = 1; i < argc; ++i) {
        for (const char* option : {"--help", "-h", "-?", "--help-all", "--version", "-v"}) {
            if (std::strcmp(argv[i], option) == 0) {
                qputenv("QT_QPA_PLATFORM", "offscreen");
                return;
            }
        }
    }
}

} // namespace

int main(int argc, char* argv[])
{
    allowHelpWithoutDisplay(argc, argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Steward"));
    QApplication::setApplicationName(QStringLiteral("Steward"));
    QApplication::setApplicationVersion(QStringLiteral(STEWARD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(STEWARD_APP_ID));
    steward::TranslatorLoader::install(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Tools for stewards of communities of practice."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main", "Open a fresh sample community in a temporary file (deleted on exit)."));
    parser.addOption(demoOption);
    // For tests/bench: report the first paint and the first paint with a workspace shown, then quit.
    QCommandLineOption exitAfterPaintOption(QStringLiteral("exit-after-paint"));
    exitAfterPaintOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(exitAfterPaintOption);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "The workspace file to open."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);

    // Declared before the window so that it outlives the workspace opened from it.
    std::unique_ptr<QTemporaryDir> demoDir;
    steward::MainWindow window;
    if (parser.isSet(exitAfterPaintOption))
        new steward::FirstPaintProbe(&window, [&window] { return window.workspace() != nullptr; });
    window.show();

    // Open after the first paint, so the window shows at once even for a large workspace.
    const QStringList files = parser.positionalArguments();
    if (parser.isSet(demoOption)) {
        demoDir = std::make_unique<QTemporaryDir>();
        QTimer::singleShot(0, &window, [&window, &demoDir] {
            window.openSample(demoDir->filePath(QStringLiteral("sample.steward")), false);
        });
    } else if (!files.isEmpty()) {
        QTimer::singleShot(0, &window, [&window, file = files.constFirst()] { window.openWorkspace(file); });
    } else {
        QTimer::singleShot(0, &window, [&window] { window.reopenLastFile(); });
    }
    return app.exec();
}
