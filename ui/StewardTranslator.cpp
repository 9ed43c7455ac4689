// SPDX-License-Identifier: GPL-3.0-or-later
#include "StewardTranslator.h"

#include <QByteArray>

namespace steward {

QString
StewardTranslator::translate(const char* context, const char* sourceText, const char* disambiguation, int n) const
{
    QString translation = QTranslator::translate(context, sourceText, disambiguation, n);
    if (!translation.isEmpty() || !context || qstrncmp(context, "steward", 7) == 0)
        return translation;
    const QByteArray qualified = QByteArray("steward::") + context;
    translation = QTranslator::translate(qualified.constData(), sourceText, disambiguation, n);
    if (translation.isEmpty())
        translation = QTranslator::translate("steward", sourceText, disambiguation, n);
    return translation;
}

} // namespace steward
