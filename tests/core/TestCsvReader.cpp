// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/CsvReader.h"
#include "import/CsvWriter.h"

#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void readsRecords_data();
    void readsRecords();
    void reportsErrors_data();
    void reportsErrors();
    void writerRoundTrips();
    void writerDefusesFormulas_data();
    void writerDefusesFormulas();
};

using Records = QList<QStringList>;
Q_DECLARE_METATYPE(Records)

void TestCsvReader::readsRecords_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Records>("records");
    QTest::addColumn<QList<qsizetype>>("lines");

    QTest::addRow("lf") << QByteArray("a,b\n1,2\n") << Records{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}}
                        << QList<qsizetype>{1, 2};
    QTest::addRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << Records{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}}
                          << QList<qsizetype>{1, 2};
    QTest::addRow("no final newline") << QByteArray("a,b\n1,2") << Records{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}}
                                      << QList<qsizetype>{1, 2};
    QTest::addRow("bom skipped") << QByteArray("\xEF\xBB\xBFname\nAda\n") << Records{{u"name"_s}, {u"Ada"_s}}
                                 << QList<qsizetype>{1, 2};
    QTest::addRow("quoted comma and quote")
        << QByteArray("\"a,b\",\"say \"\"hi\"\"\"\n") << Records{{u"a,b"_s, u"say \"hi\""_s}} << QList<qsizetype>{1};
    QTest::addRow("quoted line break keeps line numbers")
        << QByteArray("\"multi\nline\",x\r\nnext,y\n") << Records{{u"multi\nline"_s, u"x"_s}, {u"next"_s, u"y"_s}}
        << QList<qsizetype>{1, 3};
    QTest::addRow("empty fields") << QByteArray(",,\n") << Records{{u""_s, u""_s, u""_s}} << QList<qsizetype>{1};
    QTest::addRow("blank lines skipped") << QByteArray("a\n\n\r\nb\n") << Records{{u"a"_s}, {u"b"_s}}
                                         << QList<qsizetype>{1, 4};
    QTest::addRow("utf-8") << QByteArray("Zoë,Ömer,李\n") << Records{{u"Zoë"_s, u"Ömer"_s, QStringLiteral("李")}}
                           << QList<qsizetype>{1};
}

void TestCsvReader::readsRecords()
{
    QFETCH(QByteArray, input);
    QFETCH(Records, records);
    QFETCH(QList<qsizetype>, lines);
    CsvReader reader(input);
    CsvRecord record;
    Records read;
    QList<qsizetype> readLines;
    while (reader.readRecord(record)) {
        read.append(record.fields);
        readLines.append(record.line);
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(read, records);
    QCOMPARE(readLines, lines);
}

void TestCsvReader::reportsErrors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qsizetype>("line");
    QTest::addColumn<QString>("reason");

    QTest::addRow("unclosed quote") << QByteArray("a\n\"open,b\nc\n") << qsizetype(2) << QStringLiteral("never closed");
    QTest::addRow("text after quote") << QByteArray("a\n\"x\"y,b\n") << qsizetype(2)
                                      << QStringLiteral("after a closing");
    QTest::addRow("stray quote") << QByteArray("a\nab\"c\n") << qsizetype(2) << QStringLiteral("quote inside");
    QTest::addRow("latin-1 byte") << QByteArray("a\nb\nM\xfcller\n") << qsizetype(3) << QStringLiteral("UTF-8");
    QTest::addRow("truncated utf-8") << QByteArray("a\n\xe6\x9d\n") << qsizetype(2) << QStringLiteral("UTF-8");
}

void TestCsvReader::reportsErrors()
{
    QFETCH(QByteArray, input);
    QFETCH(qsizetype, line);
    QFETCH(QString, reason);
    CsvReader reader(input);
    CsvRecord record;
    while (reader.readRecord(record)) {
    }
    QVERIFY(reader.hasError());
    QCOMPARE(reader.errorLine(), line);
    QVERIFY2(reader.errorString().contains(reason), qPrintable(reader.errorString()));
    QVERIFY(!reader.readRecord(record));
}

void TestCsvReader::writerRoundTrips()
{
    const Records rows = {{u"plain"_s, u"with,comma"_s, u"with \"quotes\""_s}, {u"multi\nline"_s, u""_s, u"Zoë"_s}};
    CsvWriter writer;
    for (const QStringList& row : rows)
        writer.addRow(row);
    QVERIFY(writer.data().endsWith("\r\n"));
    CsvReader reader(writer.data());
    CsvRecord record;
    Records read;
    while (reader.readRecord(record))
        read.append(record.fields);
    QCOMPARE(read, rows);
}

void TestCsvReader::writerDefusesFormulas_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QByteArray>("written");
    QTest::addRow("formula") << u"=HYPERLINK(\"http://x\")"_s << QByteArray("\"'=HYPERLINK(\"\"http://x\"\")\"");
    QTest::addRow("plus") << u"+cmd|' /C calc'!A0"_s << QByteArray("\"'+cmd|' /C calc'!A0\"");
    QTest::addRow("minus") << u"-2+3"_s << QByteArray("\"'-2+3\"");
    QTest::addRow("unicode minus") << u"\u22122+3"_s
                                   << QByteArray("\"'\xe2\x88\x92"
                                                 "2+3\"");
    QTest::addRow("at") << u"@SUM(A1)"_s << QByteArray("\"'@SUM(A1)\"");
    QTest::addRow("tab") << u"\t=1"_s << QByteArray("\"'\t=1\"");
    QTest::addRow("negative number") << u"-3.25"_s << QByteArray("-3.25");
    QTest::addRow("signed exponent") << u"+1e3"_s << QByteArray("+1e3");
    QTest::addRow("inner equals") << u"a=b"_s << QByteArray("a=b");
    QTest::addRow("empty") << QString() << QByteArray();
}

void TestCsvReader::writerDefusesFormulas()
{
    QFETCH(QString, cell);
    QFETCH(QByteArray, written);
    CsvWriter safe(CsvWriter::Cells::FormulaSafe);
    safe.addRow({cell});
    QCOMPARE(safe.data(), written + "\r\n");
    CsvWriter plain;
    plain.addRow({cell});
    CsvReader reader(plain.data());
    CsvRecord record;
    QVERIFY(cell.isEmpty() || reader.readRecord(record));
    QVERIFY(cell.isEmpty() || record.fields == QStringList{cell}); // AsIs keeps the text as it is
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
