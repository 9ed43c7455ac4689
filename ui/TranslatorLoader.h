// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace steward {

/** Installs Qt's own translations and Steward's (embedded under :/i18n) for one locale. */
class TranslatorLoader
{
public:
    /**
     * Loads qtbase_<lang> from Qt's translations folder and steward_<lang> from the resources,
     * following the locale's UI languages; a missing file is skipped (English stays).
     * Returns the files that were installed.
     */
    static QStringList install(QCoreApplication& app, const QLocale& locale = QLocale::system());
};

} // namespace steward
