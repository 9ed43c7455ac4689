// SPDX-License-Identifier: GPL-3.0-or-later
#include "Screenshot.h"

#include <QTest>
#include <QWidget>

namespace steward::test {

bool saveScreenshot(QWidget& widget, const QString& path)
{
    QTest::qWait(300);
    const bool saved = widget.grab().save(path);
    qInfo("%s %s", saved ? "wrote" : "could not write", qPrintable(path));
    return saved;
}

} // namespace steward::test
