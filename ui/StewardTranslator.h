// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTranslator>

namespace steward {

/**
 * Steward's own translations, looked up under the context lupdate recorded as well. Core files
 * translate through a file-local tr() helper with a bare context ("Database"); lupdate files those
 * strings under the enclosing class ("steward::Database") or namespace ("steward") instead, so a
 * miss is retried there.
 */
class StewardTranslator : public QTranslator
{
    Q_OBJECT

public:
    using QTranslator::QTranslator;

    QString translate(const char* context,
                      const char* sourceText,
                      const char* disambiguation = nullptr,
                      int n = -1) const override;
};

} // namespace steward
