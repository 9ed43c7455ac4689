// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

namespace steward {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Steward"));
}

} // namespace steward
