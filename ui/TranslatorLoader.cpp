// SPDX-License-Identifier: GPL-3.0-or-later
#include "TranslatorLoader.h"

#include "StewardTranslator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace steward {

namespace {

QString loadInto(QCoreApplication& app,
                 QTranslator* translator,
                 const QLocale& locale,
                 const QString& name,
                 const QString& directory)
{
    if (!translator->load(locale, name, QStringLiteral("_"), directory) || !app.installTranslator(translator)) {
        delete translator;
        return {};
    }
    return translator->filePath();
}

} // namespace

QStringList TranslatorLoader::install(QCoreApplication& app, const QLocale& locale)
{
    QStringList installed;
    const QString qtFile = loadInto(app,
                                    new QTranslator(&app),
                                    locale,
                                    QStringLiteral("qtbase"),
                                    QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (!qtFile.isEmpty())
        installed << qtFile;
    const QString ourFile =
        loadInto(app, new StewardTranslator(&app), locale, QStringLiteral("steward"), QStringLiteral(":/i18n"));
    if (!ourFile.isEmpty())
        installed << ourFile;
    return installed;
}

} // namespace steward
