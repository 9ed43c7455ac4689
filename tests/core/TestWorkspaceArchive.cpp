// SPDX-License-Identifier: GPL-3.0-or-later
// Workspace archives (issue 8): a backup restores to the same data; a backup taken while another
// connection writes is consistent; every hostile or damaged archive is refused with a message
// naming the problem and nothing written; rolling backups keep the newest N.
#include "TestWorkspace.h"
#include "archive/ArchiveManifest.h"
#include "archive/RollingBackup.h"
#include "archive/WorkspaceBackup.h"
#include "archive/WorkspaceRestore.h"
#include "demo/SampleCommunity.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <atomic>
#include <thread>

using namespace steward;
using namespace Qt::StringLiterals;

namespace {

/** One entry of a hand-made archive. */
struct RawEntry
{
    QString name;
    QByteArray data;
    quint32 externalAttr = 0;
    const char* password = nullptr;
};

void writeZip(const QString& path, const QList<RawEntry>& entries)
{
    QuaZip zip(path);
    QVERIFY(zip.open(QuaZip::mdCreate));
    for (const RawEntry& e : entries) {
        QuaZipNewInfo info(e.name);
        info.externalAttr = e.externalAttr;
        QuaZipFile file(&zip);
        QVERIFY(file.open(QIODevice::WriteOnly, info, e.password));
        QCOMPARE(file.write(e.data), e.data.size());
        file.close();
    }
    zip.close();
}

QMap<QString, QByteArray> readZip(const QString& path)
{
    QMap<QString, QByteArray> entries;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return entries;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        file.open(QIODevice::ReadOnly);
        entries.insert(zip.getCurrentFileName(), file.readAll());
    }
    return entries;
}

qint64 rowCount(const Database& db, const QString& table)
{
    QSqlQuery query(db.connection());
    if (!query.exec(u"SELECT count(*) FROM "_s + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

class TestWorkspaceArchive : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void roundTripKeepsEverything();
    void backupWhileAnotherConnectionWrites();
    void refusesHostileOrDamagedArchives_data();
    void refusesHostileOrDamagedArchives();
    void refusesTruncatedArchive();
    void neverOverwritesWithoutBeingAsked();
    void rollingBackupKeepsTheNewest();

private:
    QString path(const QString& name) const { return m_dir->filePath(name); }
    /** The entries of a good backup of the sample, to tamper with. */
    QMap<QString, QByteArray> goodEntries();
    QStringList leftovers() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestWorkspaceArchive::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto opened = Database::open(path(u"source.db"_s));
    QVERIFY2(opened, qPrintable(opened.errorString()));
    m_db = std::move(*opened);
    QVERIFY(SampleCommunity::create(*m_db, SampleCommunity::kDefaultSeed, test::fixedClock()));
}

void TestWorkspaceArchive::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QMap<QString, QByteArray> TestWorkspaceArchive::goodEntries()
{
    const QString zip = path(u"good.zip"_s);
    if (!QFileInfo::exists(zip))
        WorkspaceBackup::write(*m_db, zip, test::fixedClock());
    return readZip(zip);
}

QStringList TestWorkspaceArchive::leftovers() const
{
    return QDir(m_dir->path()).entryList({u".*.restore-*"_s, u"*.part"_s}, QDir::Files | QDir::Hidden);
}

void TestWorkspaceArchive::roundTripKeepsEverything()
{
    const QString zip = path(u"backup.zip"_s);
    auto written = WorkspaceBackup::write(*m_db, zip, test::fixedClock());
    QVERIFY2(written, qPrintable(written.errorString()));
    QCOMPARE(written->schemaVersion, Database::currentSchemaVersion());
    QCOMPARE(written->created, test::fixedNow().toUTC());
    QCOMPARE(written->tableCounts.value(u"person"_s), rowCount(*m_db, u"person"_s));
    QVERIFY(written->tableCounts.value(u"session_attendance"_s) > 0);
    QCOMPARE(readZip(zip).keys(), QStringList({u"manifest.json"_s, u"workspace.sqlite"_s}));

    auto restored = WorkspaceRestore::restore(zip, path(u"restored.db"_s), false);
    QVERIFY2(restored, qPrintable(restored.errorString()));
    QCOMPARE(restored->entries, written->entries);
    QFile file(path(u"restored.db"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex(),
             written->entries.constFirst().sha256);
    file.close();

    auto reopened = Database::open(path(u"restored.db"_s), Database::OpenMode::ExistingOnly);
    QVERIFY2(reopened, qPrintable(reopened.errorString()));
    for (auto it = written->tableCounts.cbegin(); it != written->tableCounts.cend(); ++it)
        QCOMPARE(rowCount(**reopened, it.key()), rowCount(*m_db, it.key()));
    QVERIFY(leftovers().isEmpty());
}

void TestWorkspaceArchive::backupWhileAnotherConnectionWrites()
{
    // A second connection keeps committing batches of ten people while the backup runs.
    std::atomic<bool> stop = false;
    std::atomic<int> batches = 0;
    const QString source = path(u"source.db"_s);
    std::thread writer([&] {
        auto db = Database::open(source, Database::OpenMode::ExistingOnly);
        if (!db)
            return;
        for (int batch = 0; !stop; ++batch) {
            QSqlQuery query((*db)->connection());
            query.exec(u"BEGIN IMMEDIATE"_s);
            for (int i = 0; i < 10; ++i)
                query.exec(u"INSERT INTO person (name) VALUES ('Writer %1-%2')"_s.arg(batch).arg(i));
            query.exec(u"COMMIT"_s);
            ++batches;
        }
    });
    while (batches < 3)
        QThread::msleep(5);
    QList<ArchiveManifest> manifests;
    for (int i = 0; i < 5; ++i) {
        auto written = WorkspaceBackup::write(*m_db, path(u"busy-%1.zip"_s.arg(i)), test::fixedClock());
        QVERIFY2(written, qPrintable(written.errorString()));
        manifests.append(*written);
    }
    stop = true;
    writer.join();
    for (int i = 0; i < manifests.size(); ++i) {
        // Whole batches only: a snapshot never holds half a transaction.
        const qint64 writers = manifests.at(i).tableCounts.value(u"person"_s) - 120;
        QCOMPARE(writers % 10, 0);
        auto restored = WorkspaceRestore::restore(path(u"busy-%1.zip"_s.arg(i)), path(u"busy-%1.db"_s.arg(i)), false);
        QVERIFY2(restored, qPrintable(restored.errorString())); // counts and integrity checked on restore
    }
}

void TestWorkspaceArchive::refusesHostileOrDamagedArchives_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");
    const QStringList rows = {u"zip-slip|outside the archive"_s,
                              u"absolute path|outside the archive"_s,
                              u"symbolic link|symbolic link"_s,
                              u"unknown entry|does not"_s,
                              u"no manifest|needs manifest.json"_s,
                              u"newer format|newer Steward"_s,
                              u"newer schema|newer Steward"_s,
                              u"checksum|checksum does not match"_s,
                              u"size differs|not as manifest.json describes"_s,
                              u"counts differ|row counts differ"_s,
                              u"zip bomb|zip bomb"_s,
                              u"encrypted|encrypted"_s,
                              u"twice|twice"_s,
                              u"bad manifest|not valid JSON"_s,
                              u"not a zip|not a readable ZIP"_s,
                              u"not a workspace|not a Steward workspace"_s};
    for (int i = 0; i < rows.size(); ++i) {
        const QStringList parts = rows.at(i).split(u'|');
        QTest::addRow("%s", qPrintable(parts.at(0))) << i << parts.at(1);
    }
}

void TestWorkspaceArchive::refusesHostileOrDamagedArchives()
{
    QFETCH(int, kind);
    QFETCH(QString, message);
    const QMap<QString, QByteArray> good = goodEntries();
    const QByteArray database = good.value(u"workspace.sqlite"_s);
    auto manifest = *ArchiveManifest::fromJson(good.value(u"manifest.json"_s));
    const auto json = [&] { return manifest.toJson(); };
    QList<RawEntry> entries = {{u"manifest.json"_s, json()}, {u"workspace.sqlite"_s, database}};
    const QString zip = path(u"hostile.zip"_s);
    RestoreLimits limits;
    switch (kind) {
    case 0:
        entries.append({u"../evil.sh"_s, "#!/bin/sh\n"});
        break;
    case 1:
        entries.append({u"/tmp/evil.sh"_s, "#!/bin/sh\n"});
        break;
    case 2:
        entries.append({u"link"_s, "/etc/passwd", 0120777u << 16});
        break;
    case 3:
        entries.append({u"notes.txt"_s, "hello"});
        break;
    case 4:
        entries.removeFirst();
        break;
    case 5:
        manifest.formatVersion = 99;
        entries[0].data = json();
        break;
    case 6:
        manifest.schemaVersion = 999;
        entries[0].data = json();
        break;
    case 7:
        entries[1].data[4000] = char(entries[1].data[4000] ^ 0x5a);
        break;
    case 8:
        entries[1].data.append("extra");
        break;
    case 9:
        manifest.tableCounts[u"person"_s] += 1;
        entries[0].data = json();
        break;
    case 10:
        limits.maxCompressionRatio = 100;
        entries[1].data = QByteArray(8 << 20, '\0');
        manifest.entries[0].size = entries[1].data.size();
        entries[0].data = json();
        break;
    case 11:
        entries[1].password = "secret";
        break;
    case 12:
        entries.append(entries.at(1));
        break;
    case 13:
        entries[0].data = "{\"format_version\": 1,";
        break;
    case 14:
        break;
    case 15: {
        entries[1].data = QByteArray(65536, 'x');
        manifest.entries[0] = {u"workspace.sqlite"_s,
                               65536,
                               QCryptographicHash::hash(entries[1].data, QCryptographicHash::Sha256).toHex()};
        entries[0].data = json();
        break;
    }
    }
    if (kind == 14) {
        QFile file(zip);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'Z'));
    } else {
        writeZip(zip, entries);
    }
    const QString target = path(u"target.db"_s);
    auto restored = WorkspaceRestore::restore(zip, target, false, limits);
    QVERIFY(!restored);
    QVERIFY2(restored.errorString().contains(message), qPrintable(restored.errorString()));
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY2(leftovers().isEmpty(), qPrintable(leftovers().join(u", "_s)));
}

void TestWorkspaceArchive::refusesTruncatedArchive()
{
    goodEntries();
    QFile good(path(u"good.zip"_s));
    QVERIFY(good.open(QIODevice::ReadOnly));
    const QByteArray bytes = good.readAll();
    for (qsizetype cut : {bytes.size() / 2, bytes.size() - 30, qsizetype(100)}) {
        QFile truncated(path(u"truncated.zip"_s));
        QVERIFY(truncated.open(QIODevice::WriteOnly | QIODevice::Truncate));
        truncated.write(bytes.left(cut));
        truncated.close();
        auto restored = WorkspaceRestore::restore(truncated.fileName(), path(u"target.db"_s), false);
        QVERIFY2(!restored, qPrintable(u"cut at %1"_s.arg(cut)));
        QVERIFY(!QFileInfo::exists(path(u"target.db"_s)));
    }
    QVERIFY(leftovers().isEmpty());
}

void TestWorkspaceArchive::neverOverwritesWithoutBeingAsked()
{
    goodEntries();
    const QString zip = path(u"good.zip"_s);
    const QString target = path(u"existing.db"_s);
    QFile existing(target);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("precious");
    existing.close();

    auto refused = WorkspaceRestore::restore(zip, target, false);
    QVERIFY(!refused);
    QVERIFY(refused.errorString().contains(u"--force"_s));
    QFile wal(target + u"-wal"_s);
    QVERIFY(wal.open(QIODevice::WriteOnly));
    wal.close();
    auto open = WorkspaceRestore::restore(zip, target, true);
    QVERIFY(!open);
    QVERIFY(open.errorString().contains(u"not closed cleanly"_s));
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("precious"));
    existing.close();

    QVERIFY(wal.remove());
    auto replaced = WorkspaceRestore::restore(zip, target, true);
    QVERIFY2(replaced, qPrintable(replaced.errorString()));
    QVERIFY(Database::open(target, Database::OpenMode::ExistingOnly));
}

void TestWorkspaceArchive::rollingBackupKeepsTheNewest()
{
    FixedClock clock(test::fixedNow());
    const QString folder = RollingBackup::folderFor(path(u"backups"_s), m_db->path());
    QStringList written;
    for (int i = 0; i < 5; ++i) {
        clock.setNow(test::fixedNow().addSecs(i * 3600));
        auto file = RollingBackup::write(*m_db, folder, 3, clock);
        QVERIFY2(file, qPrintable(file.errorString()));
        written.append(QFileInfo(*file).fileName());
    }
    const QStringList kept = QDir(folder).entryList({u"*.zip"_s}, QDir::Files, QDir::Name);
    QCOMPARE(kept, written.mid(2));
    QVERIFY(WorkspaceRestore::verify(QDir(folder).filePath(kept.constLast())));
    QVERIFY(RollingBackup::folderFor(u"/r"_s, u"/a/w.db"_s) != RollingBackup::folderFor(u"/r"_s, u"/b/w.db"_s));
}

QTEST_GUILESS_MAIN(TestWorkspaceArchive)
#include "TestWorkspaceArchive.moc"
