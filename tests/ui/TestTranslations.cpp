// SPDX-License-Identifier: GPL-3.0-or-later
#include "TranslatorLoader.h"
#include "model/ParticipationLevel.h"
#include "people/PeopleTableModel.h"
#include "storage/Database.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace steward;
using namespace Qt::StringLiterals;

namespace {

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression pattern(u"%L?n|%\\d"_s);
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void germanIsComplete();
    void germanAtRunTime();
};

// Every message has a finished translation that keeps the source's placeholders.
void TestTranslations::germanIsComplete()
{
    QFile file(QStringLiteral(STEWARD_TS_FILE));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int messages = 0;
    QString context, source;
    QStringList translations;
    bool finished = true;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.isStartElement() && xml.name() == u"message") {
            source.clear();
            translations.clear();
            finished = true;
        } else if (xml.isStartElement() && xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == u"translation") {
            finished = xml.attributes().value(u"type"_s).isEmpty();
            // A plain translation holds text; a numerus one holds <numerusform> children (read together).
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!text.trimmed().isEmpty())
                translations << text;
        } else if (xml.isEndElement() && xml.name() == u"message") {
            ++messages;
            const QString where = u"%1: %2"_s.arg(context, source);
            QVERIFY2(finished, qPrintable(u"unfinished: "_s + where));
            QVERIFY2(!translations.isEmpty(), qPrintable(u"untranslated: "_s + where));
            for (const QString& translation : std::as_const(translations)) {
                if (translation.contains(u'%') || source.contains(u'%'))
                    QVERIFY2(placeholders(translation) == placeholders(source) || source.contains(u"%n"_s)
                                 || source.contains(u"%Ln"_s),
                             qPrintable(u"placeholders differ: "_s + where));
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 100);
}

void TestTranslations::germanAtRunTime()
{
    const QStringList installed = TranslatorLoader::install(*QCoreApplication::instance(), QLocale(QLocale::German));
    QVERIFY2(installed.contains(u":/i18n/steward_de.qm"_s), qPrintable(installed.join(u", "_s)));

    // ui strings, core strings with an explicit context, and numerus forms.
    PeopleTableModel model;
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"E-Mail"_s);
    QCOMPARE(participationLevelDisplayName(ParticipationLevel::Observer), u"Beobachter"_s);
    QCOMPARE(QCoreApplication::translate("steward::PeoplePage", "%Ln people", nullptr, 120), u"120 Personen"_s);
    // Core messages made through a file-local tr() helper ("Database") are found under the context
    // lupdate recorded for them ("steward::Database").
    QTemporaryDir dir;
    auto missing = Database::open(dir.filePath(u"missing.steward"_s), Database::OpenMode::ExistingOnly);
    QVERIFY(!missing);
    QVERIFY2(missing.errorString().endsWith(u"existiert nicht."_s), qPrintable(missing.errorString()));
}

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
