// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace steward {

/** Schema 10: a reviewer's verdict per criterion of a feedback template, beside the review's overall verdict. */
QStringList reviewVerdictSchema();

} // namespace steward
