// SPDX-License-Identifier: GPL-3.0-or-later
// Report speed (issue 8): the sample's community health report built and rendered to PDF (goal < 3 s),
// and the same report for a generated community of 2,000 members with a year of interactions (goal
// < 10 s). Run by hand on the offscreen platform; the figures go into the README.
#include "common/Clock.h"
#include "demo/SampleCommunity.h"
#include "report/CommunityHealthReport.h"
#include "reports/PdfReportRenderer.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

using namespace steward;

namespace {

const FixedClock kClock(QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC));

bool exec(const Database& db, const QString& sql, const QVariantList& values = {})
{
    auto q = runQuery(db.connection(), sql, values);
    if (!q)
        QTextStream(stderr) << q.errorString() << '\n';
    return bool(q);
}

// 2,000 members at every level with a level change each, and 16 interactions per person over a year.
bool generateLargeCommunity(const Database& db, int members)
{
    QRandomGenerator random(2026);
    const char* levels[] = {"observer", "peripheral", "active", "core", "steward"};
    exec(db, QStringLiteral("BEGIN"));
    exec(db, QStringLiteral("INSERT INTO community (id, name) VALUES (100, 'Large Practice')"));
    for (int i = 0; i < members; ++i) {
        const int id = 10000 + i;
        const QString level = QLatin1String(levels[random.bounded(5)]);
        const QDate joined = QDate(2025, 11, 1).addDays(random.bounded(300));
        exec(db,
             QStringLiteral("INSERT INTO person (id, name, team, department) VALUES (?, ?, ?, ?)"),
             {id,
              QStringLiteral("Person %1").arg(i),
              QStringLiteral("Team %1").arg(i % 40),
              QStringLiteral("Dept %1").arg(i % 6)});
        exec(db,
             QStringLiteral(
                 "INSERT INTO membership (id, person_id, community_id, level, joined) VALUES (?, ?, 100, ?, ?)"),
             {id, id, level, joined.toString(Qt::ISODate)});
        exec(db,
             QStringLiteral("INSERT INTO level_change (membership_id, changed_on, from_level, to_level) "
                            "VALUES (?, ?, NULL, ?)"),
             {id, joined.toString(Qt::ISODate), level});
    }
    // Interactions after every person exists (the foreign keys).
    for (int i = 0; i < members; ++i) {
        const int id = 10000 + i;
        for (int k = 0; k < 16; ++k)
            exec(
                db,
                QStringLiteral("INSERT INTO interaction (community_id, source_id, target_id, kind, platform, occurred) "
                               "VALUES (100, ?, ?, 'reply', 'slack', ?)"),
                {id,
                 10000 + int(random.bounded(members)),
                 QDate(2025, 11, 3).addDays(random.bounded(364)).toString(Qt::ISODate)});
    }
    return exec(db, QStringLiteral("COMMIT"));
}

double timeReport(const Database& db, const QString& community, const QString& pdf)
{
    QElapsedTimer timer;
    timer.start();
    ReportOptions options;
    auto content = CommunityHealthReport::build(db, community, options, kClock);
    if (!content) {
        QTextStream(stderr) << content.errorString() << '\n';
        return -1;
    }
    const double built = timer.elapsed() / 1000.0;
    if (Status s = PdfReportRenderer().writePdf(*content, ReportPaper::A4, pdf, Progress::none()); !s)
        return -1;
    QTextStream(stdout) << "  content built in " << built << " s\n";
    return timer.elapsed() / 1000.0;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("bench.steward")));
    if (!db || !SampleCommunity::create(**db, SampleCommunity::kDefaultSeed, kClock))
        return 1;
    QTextStream out(stdout);
    out << "Sample, Site Reliability Guild (32 members):\n";
    const double sample =
        timeReport(**db, QStringLiteral("Site Reliability Guild"), dir.filePath(QStringLiteral("s.pdf")));
    out << "  built and rendered to PDF in " << sample << " s (goal < 3 s)\n";
    if (!generateLargeCommunity(**db, 2000))
        return 1;
    out << "Generated community, 2,000 members, 32,000 interactions:\n";
    const double large = timeReport(**db, QStringLiteral("Large Practice"), dir.filePath(QStringLiteral("l.pdf")));
    out << "  built and rendered to PDF in " << large << " s (goal < 10 s)\n";
    return sample >= 0 && large >= 0 ? 0 : 1;
}
