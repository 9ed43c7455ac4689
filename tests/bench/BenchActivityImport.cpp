// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (issue 7): writes a format-faithful Slack workspace export of a given size (users.json,
// channels.json, one folder per channel of YYYY-MM-DD.json days with threads, mentions, bot messages and
// joins), then imports it exactly as `steward-cli import slack` does (ActivityImporter on a fresh database
// file) and reports messages per second end to end - archive opened to transaction committed - and the
// process's peak memory (VmHWM; the generator streams day by day, so the peak is the import's).
//   bench_activity_import [MESSAGES=1000000] [CHANNELS=200] [DAYS=730] [USERS=2000] [KEEP.zip]
// With KEEP.zip the export is written there and reused by later runs of the same shape.
#include "common/Clock.h"
#include "import/activity/ActivityImporter.h"
#include "storage/CommunityRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <algorithm>
#include <sys/resource.h>

namespace {

struct Shape
{
    qint64 messages = 1'000'000;
    int channels = 200;
    int days = 730;
    int users = 2000;
};

QString userId(int i)
{
    return QStringLiteral("U%1").arg(i, 8, 10, QLatin1Char('0'));
}

bool addEntry(QuaZip& zip, const QString& name, const QByteArray& data)
{
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
        return false;
    file.write(data);
    file.close();
    return file.getZipError() == 0;
}

QByteArray usersJson(const Shape& shape)
{
    QJsonArray users;
    for (int i = 0; i < shape.users; ++i) {
        const QString name = QStringLiteral("Person %1").arg(i);
        users.append(QJsonObject{{QStringLiteral("id"), userId(i)},
                                 {QStringLiteral("team_id"), QStringLiteral("T0BENCH")},
                                 {QStringLiteral("name"), QStringLiteral("person%1").arg(i)},
                                 {QStringLiteral("deleted"), false},
                                 {QStringLiteral("real_name"), name},
                                 {QStringLiteral("tz"), QStringLiteral("Europe/Berlin")},
                                 {QStringLiteral("is_bot"), false},
                                 {QStringLiteral("profile"),
                                  QJsonObject{{QStringLiteral("real_name"), name},
                                              {QStringLiteral("display_name"), QStringLiteral("p%1").arg(i)},
                                              {QStringLiteral("email"), QStringLiteral("person%1@example.org").arg(i)},
                                              {QStringLiteral("title"), QStringLiteral("Engineer")}}}});
    }
    return QJsonDocument(users).toJson(QJsonDocument::Compact);
}

QByteArray channelsJson(const Shape& shape)
{
    QJsonArray channels;
    for (int c = 0; c < shape.channels; ++c)
        channels.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("C%1").arg(c, 8, 10, QLatin1Char('0'))},
                                    {QStringLiteral("name"), QStringLiteral("channel-%1").arg(c)},
                                    {QStringLiteral("created"), 1700000000},
                                    {QStringLiteral("creator"), userId(0)},
                                    {QStringLiteral("is_archived"), false}});
    return QJsonDocument(channels).toJson(QJsonDocument::Compact);
}

/** One message as Slack writes it (client_msg_id, user_profile, blocks), some in threads, some mentioning. */
QJsonObject message(QRandomGenerator& random, const Shape& shape, qint64 seconds, int serial, QJsonObject& thread)
{
    const int user = int(random.bounded(shape.users));
    const QString ts = QStringLiteral("%1.%2").arg(seconds).arg(serial, 6, 10, QLatin1Char('0'));
    QString text = QStringLiteral("Sharing what I learned about deploys today, see the runbook");
    if (random.bounded(5) == 0)
        text += QStringLiteral(" <@%1>").arg(userId(int(random.bounded(shape.users))));
    QJsonObject m{{QStringLiteral("client_msg_id"), QStringLiteral("%1-%2").arg(seconds).arg(serial)},
                  {QStringLiteral("type"), QStringLiteral("message")},
                  {QStringLiteral("text"), text},
                  {QStringLiteral("user"), userId(user)},
                  {QStringLiteral("ts"), ts},
                  {QStringLiteral("team"), QStringLiteral("T0BENCH")},
                  {QStringLiteral("user_profile"),
                   QJsonObject{{QStringLiteral("real_name"), QStringLiteral("Person %1").arg(user)},
                               {QStringLiteral("display_name"), QStringLiteral("p%1").arg(user)},
                               {QStringLiteral("is_restricted"), false}}},
                  {QStringLiteral("blocks"),
                   QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("rich_text")},
                                          {QStringLiteral("block_id"), QStringLiteral("b%1").arg(serial)},
                                          {QStringLiteral("elements"), QJsonArray{}}}}}};
    const int kind = int(random.bounded(100));
    if (kind < 2)
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("message")},
                           {QStringLiteral("subtype"), QStringLiteral("channel_join")},
                           {QStringLiteral("user"), userId(user)},
                           {QStringLiteral("ts"), ts},
                           {QStringLiteral("text"), QStringLiteral("<@%1> has joined the channel").arg(userId(user))}};
    if (kind < 4)
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("message")},
                           {QStringLiteral("subtype"), QStringLiteral("bot_message")},
                           {QStringLiteral("bot_id"), QStringLiteral("B0BENCH")},
                           {QStringLiteral("ts"), ts},
                           {QStringLiteral("text"), QStringLiteral("Build passed")}};
    if (kind < 40 && !thread.isEmpty()) {
        m.insert(QStringLiteral("thread_ts"), thread.value(QStringLiteral("ts")));
        m.insert(QStringLiteral("parent_user_id"), thread.value(QStringLiteral("user")));
    } else if (kind < 55) {
        m.insert(QStringLiteral("thread_ts"), ts);
        thread = QJsonObject{{QStringLiteral("ts"), ts}, {QStringLiteral("user"), userId(user)}};
    }
    return m;
}

/** Writes the export; returns the message count written. */
qint64 writeExport(const QString& path, const Shape& shape)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate) || !addEntry(zip, QStringLiteral("users.json"), usersJson(shape))
        || !addEntry(zip, QStringLiteral("channels.json"), channelsJson(shape)))
        qFatal("cannot write %s", qPrintable(path));
    QRandomGenerator random(20260301);
    const QDate first(2024, 3, 1);
    const qint64 files = qint64(shape.channels) * shape.days;
    qint64 written = 0;
    for (int c = 0; c < shape.channels; ++c) {
        QJsonObject thread;
        for (int d = 0; d < shape.days; ++d) {
            const qint64 index = qint64(c) * shape.days + d;
            const qint64 count = shape.messages * (index + 1) / files - shape.messages * index / files;
            if (count == 0)
                continue;
            const QDate day = first.addDays(d);
            const qint64 midnight = QDateTime(day, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
            QJsonArray messages;
            for (qint64 i = 0; i < count; ++i)
                messages.append(message(random, shape, midnight + 30000 + i * 60, int(i), thread));
            written += count;
            if (!addEntry(zip,
                          QStringLiteral("channel-%1/%2.json").arg(c).arg(day.toString(Qt::ISODate)),
                          QJsonDocument(messages).toJson(QJsonDocument::Indented)))
                qFatal("cannot write a day");
        }
    }
    zip.close();
    return written;
}

qint64 peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong() / 1024;
    }
    return -1;
}

/** CPU time of this process, user + system: on a shared machine the wall clock tells only half. */
qint64 cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000
           + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

/** CPU time of the calling thread alone: the import's writer (the reader is a second thread). */
qint64 threadCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_THREAD, &usage);
    return qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000
           + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

/**
 * Logs the import's progress every 10%, so a long run shows it is alive (and that progress works), and notes
 * the writer thread's CPU time when the import turns to saving (index rebuild, memberships, commit), which
 * runs after the reader thread is done.
 */
class LogProgress : public steward::Progress
{
public:
    void report(qint64 done, qint64 total, const QString& stage) override
    {
        if (total == 0 && m_savingFrom < 0)
            m_savingFrom = threadCpuMs();
        if (total > 0 && done * 10 / total != m_decile) {
            m_decile = done * 10 / total;
            QTextStream(stderr) << stage << ' ' << m_decile * 10 << "%\n";
        }
    }
    /** The writer's CPU time when saving began (-1: never). */
    qint64 savingFrom() const { return m_savingFrom; }

private:
    qint64 m_decile = 0;
    qint64 m_savingFrom = -1;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    Shape shape;
    if (args.size() > 1)
        shape.messages = args.at(1).toLongLong();
    if (args.size() > 2)
        shape.channels = args.at(2).toInt();
    if (args.size() > 3)
        shape.days = args.at(3).toInt();
    if (args.size() > 4)
        shape.users = args.at(4).toInt();
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString zipPath = args.size() > 5 ? args.at(5) : dir.filePath(QStringLiteral("export.zip"));
    QElapsedTimer timer;
    timer.start();
    const qint64 messages = QFile::exists(zipPath) ? shape.messages : writeExport(zipPath, shape);
    out << "export of " << messages << " messages, " << shape.channels << " channels, " << shape.days << " days, "
        << shape.users << " users: " << QFile(zipPath).size() / (1024 * 1024) << " MB zip in " << timer.elapsed()
        << " ms" << Qt::endl;
    auto database = steward::Database::open(dir.filePath(QStringLiteral("bench.db")));
    if (!database || !steward::CommunityRepository(**database).add({0, QStringLiteral("Bench"), {}, {}, {}, {}, {}}))
        qFatal("cannot create the database");
    const qint64 rssBefore = peakRssMb();
    const qint64 cpuBefore = cpuMs();
    const qint64 writerBefore = threadCpuMs();
    LogProgress progress;
    timer.restart();
    steward::ActivityImportRequest request{steward::ActivityFormat::Slack, zipPath, QStringLiteral("Bench"), {}, false};
    // STEWARD_BENCH_REBUILD_AFTER=-1 keeps the interaction indexes during the import (for comparison).
    if (const QByteArray after = qgetenv("STEWARD_BENCH_REBUILD_AFTER"); !after.isEmpty())
        request.rebuildIndexesAfterRows = after.toLongLong();
    auto summary = steward::ActivityImporter(**database, steward::Clock::system(), progress).run(request);
    const qint64 ms = std::max<qint64>(timer.elapsed(), 1);
    if (!summary)
        qFatal("%s", qPrintable(summary.errorString()));
    out << "import: " << summary->messagesRead << " messages read, " << summary->interactionsCreated
        << " interactions, " << summary->peopleCreated << " people in " << ms
        << " ms = " << qint64(double(summary->messagesRead) * 1000.0 / double(ms)) << " messages/s; peak RSS "
        << peakRssMb() << " MB (" << rssBefore << " MB before the import); CPU " << cpuMs() - cpuBefore << " ms"
        << Qt::endl;
    // On a shared machine the wall clock says little. With two free cores the threads overlap while the file
    // is read; saving runs on the writer alone after that: the least the import takes is the busier thread's
    // CPU time until saving, plus saving.
    const qint64 writer = threadCpuMs() - writerBefore;
    const qint64 reader = cpuMs() - cpuBefore - writer;
    const qint64 saving = progress.savingFrom() < 0 ? 0 : threadCpuMs() - progress.savingFrom();
    const qint64 least = std::max(writer - saving, reader) + saving;
    out << "CPU per thread: writer (matching, SQLite) " << writer << " ms, of which saving (indexes, memberships, "
        << "commit) " << saving << " ms; reader (inflate, JSON, rules) " << reader << " ms; on two free cores at least "
        << least << " ms = " << qint64(double(summary->messagesRead) * 1000.0 / double(std::max<qint64>(least, 1)))
        << " messages/s" << Qt::endl;
    return 0;
}
