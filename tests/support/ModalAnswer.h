// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialogButtonBox>

#include <functional>

class QWidget;

namespace steward::test {

/**
 * Runs answer on the next modal dialog as soon as it shows (exec() blocks the test until then);
 * answer gets nullptr when none showed within about two seconds.
 */
void answerNextModal(std::function<void(QWidget*)> answer, int triesLeft = 200);

/** Clicks a standard button of the dialog's QDialogButtonBox named "buttonBox". */
void clickButton(QWidget* dialog, QDialogButtonBox::StandardButton which);

} // namespace steward::test
