// SPDX-License-Identifier: GPL-3.0-or-later
// The report commands end to end through the real steward-cli on the sample: the PDF's pages, text
// (pdftotext) and metadata (pdfinfo), Letter paper, HTML export, pseudonyms, confidential notes and
// usage errors.
#include "CliRunner.h"
#include "TestWorkspace.h"
#include "demo/SampleCommunity.h"
#include "storage/Database.h"
#include "storage/GoalRepository.h"
#include "storage/MastermindRepository.h"
#include "storage/SqlQuery.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace steward;
using namespace Qt::StringLiterals;

namespace {

const QString kGuild = u"Site Reliability Guild"_s;
const QString kSecret = u"Thinking about leaving the team"_s;

QString pdfText(const QString& pdf)
{
    return test::runProgram(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s}).out;
}

QString pdfInfo(const QString& pdf)
{
    return test::runProgram(u"pdfinfo"_s, {pdf}).out;
}

int pageCount(const QString& pdf)
{
    const auto match = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(pdfInfo(pdf));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace

class TestCliReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void communityReportPdf();
    void letterPaper();
    void htmlExport();
    void pseudonymisedHasNoRealNames();
    void mastermindConfidentialOnlyWithFlag();
    void networkAndSchedules();
    void usageErrors();

private:
    // No display: steward-cli must pick the offscreen platform itself.
    test::CliRun cli(const QStringList& arguments) const
    {
        return test::runProgram(
            test::cliPath(), QStringList{u"--db"_s, m_dbPath} + arguments, test::environmentWithoutDisplay());
    }
    QStringList period() const { return {u"--from"_s, u"2026-05-03"_s, u"--to"_s, u"2026-11-02"_s}; }
    QString file(const QString& name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_dbPath;
    QStringList m_names;
};

void TestCliReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_dbPath = m_dir.filePath(u"sample.steward"_s);
    auto db = Database::open(m_dbPath);
    QVERIFY(db);
    QVERIFY(SampleCommunity::create(**db, SampleCommunity::kDefaultSeed, test::fixedClock()));
    auto q = runQuery((*db)->connection(), u"SELECT name FROM person"_s);
    while (q && q->next())
        m_names << q->value(0).toString();
    QCOMPARE(m_names.size(), 120);
    auto groups = MastermindRepository(**db).findByName(u"Incident Commanders Circle"_s);
    QVERIFY(groups && groups->size() == 1);
    Goal goal;
    goal.groupId = groups->first().id;
    goal.personId = groups->first().members.first().personId;
    goal.text = u"Write the escalation runbook"_s;
    goal.created = QDate(2026, 6, 1);
    auto goalId = GoalRepository(**db).add(goal);
    QVERIFY(goalId);
    CheckIn checkIn;
    checkIn.goalId = *goalId;
    checkIn.meetingDate = QDate(2026, 9, 8);
    checkIn.progress = 40;
    checkIn.note = u"Draft reviewed"_s;
    checkIn.confidentialNote = kSecret;
    QVERIFY(GoalRepository(**db).saveCheckIn(checkIn));
}

void TestCliReport::communityReportPdf()
{
    const QString pdf = file(u"health.pdf"_s);
    const test::CliRun r = cli(QStringList{u"report"_s, u"community"_s, kGuild, u"-o"_s, pdf} + period());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const int pages = pageCount(pdf);
    QVERIFY2(pages >= 4 && pages <= 12, qPrintable(QString::number(pages)));
    const QString info = pdfInfo(pdf);
    QVERIFY2(
        QRegularExpression(u"Title:\\s+Community health report - Site Reliability Guild\n"_s).match(info).hasMatch(),
        qPrintable(info));
    QVERIFY(QRegularExpression(u"Creator:\\s+Steward\n"_s).match(info).hasMatch());
    // The author (the account that made it) and the period, added by PdfInfoUpdate after Qt wrote the file.
    QVERIFY2(QRegularExpression(u"Author:\\s+\\S"_s).match(info).hasMatch(), qPrintable(info));
    QVERIFY2(QRegularExpression(u"Subject:\\s+\\d"_s).match(info).hasMatch(), qPrintable(info));
    QVERIFY(info.contains(u"A4"_s));
    const QString text = pdfText(pdf);
    for (const QString& expected : {kGuild,
                                    u"Summary"_s,
                                    u"What needs attention"_s,
                                    u"Participation levels and movement"_s,
                                    u"Sessions and attendance"_s,
                                    u"Micro-teach and hot-seat coverage"_s,
                                    u"Network summary"_s,
                                    u"Before and after interventions"_s,
                                    u"Appendix: members"_s})
        QVERIFY2(text.contains(expected), qPrintable(expected));
    QVERIFY(text.contains(u"Page 2 of %1"_s.arg(pages)));
    // A known figure: the guild has 32 members at the end of the period.
    QVERIFY(QRegularExpression(u"All members\\s+\\d+\\s+32\\s"_s).match(text).hasMatch());
    // Fonts are embedded (pdffonts: "emb" column yes for every font).
    const QString fonts = test::runProgram(u"pdffonts"_s, {pdf}).out;
    QVERIFY(fonts.contains(u"DejaVuSans"_s));
    QVERIFY(!QRegularExpression(u"\\s+no\\s+(yes|no)\\s+(yes|no)\\s+\\d+"_s).match(fonts).hasMatch());
}

void TestCliReport::letterPaper()
{
    const QString pdf = file(u"letter.pdf"_s);
    const test::CliRun r =
        cli(QStringList{u"report"_s, u"community"_s, kGuild, u"-o"_s, pdf, u"--paper"_s, u"letter"_s} + period());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(pdfInfo(pdf).contains(u"612 x 792 pts (letter)"_s));
}

void TestCliReport::htmlExport()
{
    const QString html = file(u"health.html"_s);
    const test::CliRun r = cli(QStringList{u"report"_s, u"community"_s, kGuild, u"-o"_s, html, u"--html"_s} + period());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile f(html);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QXmlStreamReader reader(bytes);
    while (!reader.atEnd())
        reader.readNext();
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QVERIFY(bytes.contains("<h2>Network summary</h2>"));
    QVERIFY(bytes.contains("<svg"));
}

void TestCliReport::pseudonymisedHasNoRealNames()
{
    const QString pdf = file(u"pseudo.pdf"_s);
    const test::CliRun r =
        cli(QStringList{u"report"_s, u"community"_s, kGuild, u"-o"_s, pdf, u"--pseudonymise"_s} + period());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString text = pdfText(pdf).simplified();
    for (const QString& name : std::as_const(m_names))
        QVERIFY2(!text.contains(name), qPrintable(name));
    QVERIFY(QRegularExpression(u"P-[0-9A-Z]{4}"_s).match(text).hasMatch());
    QVERIFY(text.contains(u"Pseudonymised"_s));
}

void TestCliReport::mastermindConfidentialOnlyWithFlag()
{
    const QString closed = file(u"mm.pdf"_s), open = file(u"mm-open.pdf"_s);
    const QStringList base{u"report"_s, u"mastermind"_s, u"Incident Commanders Circle"_s};
    test::CliRun r = cli(base + QStringList{u"-o"_s, closed} + period());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli(base + QStringList{u"-o"_s, open, u"--include-confidential"_s} + period());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString without = pdfText(closed).simplified(), with = pdfText(open).simplified();
    QVERIFY(without.contains(u"Draft reviewed"_s));
    QVERIFY(!without.contains(u"leaving the team"_s));
    QVERIFY(without.contains(u"Confidential notes left out"_s));
    QVERIFY(with.contains(kSecret));
}

void TestCliReport::networkAndSchedules()
{
    const QList<QStringList> commands{
        {u"report"_s, u"network"_s, kGuild},
        {u"report"_s, u"schedule"_s, u"hot-seat"_s, u"Incident Commanders Circle"_s},
        {u"report"_s, u"schedule"_s, u"micro-teach"_s, u"Customer Success Practice"_s},
        {u"report"_s, u"schedule"_s, u"on-call"_s, kGuild},
    };
    for (const QStringList& command : commands) {
        const QString pdf = file(command.mid(1).join(u'-') + u".pdf"_s);
        const test::CliRun r =
            cli(command + QStringList{u"-o"_s, pdf, u"--from"_s, u"2026-09-01"_s, u"--to"_s, u"2026-11-30"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(command.join(u' ') + r.err));
        const int pages = pageCount(pdf);
        QVERIFY2(command.at(1) == u"network"_s ? pages >= 2 : pages == 1, qPrintable(command.join(u' ')));
    }
    const QString sheet = file(u"sheet.pdf"_s);
    const test::CliRun r = cli({u"report"_s, u"schedule"_s, u"session"_s, u"5"_s, u"-o"_s, sheet});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString text = pdfText(sheet);
    QCOMPARE(pageCount(sheet), 1);
    for (const QString& expected : {u"Run sheet"_s, u"Phases"_s, u"Roles"_s, u"Pairs and groups"_s})
        QVERIFY2(text.contains(expected), qPrintable(expected));
}

void TestCliReport::usageErrors()
{
    test::CliRun r = cli({u"report"_s, u"community"_s, kGuild});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(u"-o FILE is required"_s));
    r = cli({u"report"_s, u"community"_s, kGuild, u"-o"_s, file(u"x.pdf"_s), u"--paper"_s, u"a3"_s});
    QCOMPARE(r.exitCode, 2);
    r = cli({u"report"_s, u"community"_s, kGuild, u"-o"_s, file(u"x.pdf"_s), u"--from"_s, u"2026-13-01"_s});
    QCOMPARE(r.exitCode, 2);
    r = cli({u"report"_s, u"community"_s, u"No Such Guild"_s, u"-o"_s, file(u"x.pdf"_s)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(u"no community named 'No Such Guild'"_s));
    QVERIFY(!QFile::exists(file(u"x.pdf"_s)));
}

QTEST_GUILESS_MAIN(TestCliReport)
#include "TestCliReport.moc"
