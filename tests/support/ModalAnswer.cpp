// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModalAnswer.h"

#include <QApplication>
#include <QPushButton>
#include <QTest>
#include <QTimer>

namespace steward::test {

void answerNextModal(std::function<void(QWidget*)> answer, int triesLeft)
{
    QTimer::singleShot(10, [answer = std::move(answer), triesLeft]() mutable {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal && triesLeft > 0) {
            answerNextModal(std::move(answer), triesLeft - 1);
            return;
        }
        answer(modal);
    });
}

void clickButton(QWidget* dialog, QDialogButtonBox::StandardButton which)
{
    auto* box = dialog ? dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox")) : nullptr;
    QVERIFY(box);
    QTest::mouseClick(box->button(which), Qt::LeftButton);
}

} // namespace steward::test
