// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace steward {

class MainWindow;

/**
 * Files dropped anywhere on the main window: an activity export (.zip, .json, .csv) opens the import
 * wizard with the file chosen and its format detected; a workspace (.steward, .sqlite) is opened.
 * Installed on the window as an event filter, so the window needs one line for it.
 */
class ImportDropHandler : public QObject
{
    Q_OBJECT

public:
    explicit ImportDropHandler(MainWindow* window);

    /** What a dropped file would do. */
    enum class Action
    {
        None,
        Import,
        OpenWorkspace,
    };
    static Action actionFor(const QString& path);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void handle(const QString& path);

    MainWindow* m_window;
};

} // namespace steward
