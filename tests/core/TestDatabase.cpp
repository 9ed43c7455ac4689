// SPDX-License-Identifier: GPL-3.0-or-later
// Opening, refusing and migrating workspace files; the released fixtures in tests/data upgrade.
#include "TestWorkspace.h"
#include "storage/Database.h"
#include "storage/MembershipRepository.h"
#include "storage/PersonRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace steward;

namespace {

/** A plain QSQLITE connection beside Database, to build foreign files and to look at files from outside. */
class RawConnection
{
public:
    explicit RawConnection(const QString& path)
        : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    bool isOpen() const { return m_open; }
    /** Runs every statement; the first failure's message, or empty. */
    QString exec(const QStringList& statements) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        for (const QString& sql : statements) {
            if (!query.exec(sql))
                return sql + QStringLiteral(": ") + query.lastError().text();
        }
        return {};
    }
    QVariant scalar(const QString& sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }
    QStringList column(const QString& sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        QStringList values;
        if (query.exec(sql)) {
            while (query.next())
                values << query.value(0).toString();
        }
        return values;
    }
    bool hasTable(const QString& table) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        query.prepare(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?"));
        query.addBindValue(table);
        return query.exec() && query.next() && query.value(0).toInt() == 1;
    }

private:
    static inline std::atomic<int> s_counter{0};
    QString m_name;
    bool m_open = false;
};

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QStringList folderEntries(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Injected schemas: small and independent of Steward's own, so the migration machinery is tested alone.
Migration noteStep()
{
    return {1, {QStringLiteral("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")}};
}

Migration tagStep()
{
    return {2,
            {QStringLiteral("CREATE TABLE tag (id INTEGER PRIMARY KEY, note_id INTEGER NOT NULL REFERENCES note(id), "
                            "label TEXT NOT NULL)"),
             QStringLiteral("INSERT INTO tag (note_id, label) SELECT id, 'migrated' FROM note")}};
}

// The first statement works, so a rollback has something real to undo.
Migration brokenTagStep()
{
    return {2,
            {QStringLiteral("CREATE TABLE tag (id INTEGER PRIMARY KEY, label TEXT NOT NULL)"),
             QStringLiteral("INSERT INTO no_such_table VALUES (1)")}};
}

Migration brokenThirdStep()
{
    return {3, {QStringLiteral("CREATE TABLE colour (id INTEGER PRIMARY KEY)"), QStringLiteral("THIS IS NOT SQL")}};
}

const QStringList kNotes = {QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("third")};

/** A file at version 1 of the injected schema holding kNotes. */
bool makeNoteFile(const QString& path)
{
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing, {noteStep()});
    if (!db)
        return false;
    QSqlQuery query((*db)->connection());
    for (const QString& text : kNotes) {
        query.prepare(QStringLiteral("INSERT INTO note (text) VALUES (?)"));
        query.addBindValue(text);
        if (!query.exec())
            return false;
    }
    return true;
}

enum class Foreign
{
    Text,
    Png,
    ZeroFilled,
    DamagedSqlite,
    OtherApplication,
    SqliteWithoutApplicationId,
    NewerSteward,
};

/** Writes a file Steward must refuse; empty on success, else why it could not be made. */
QString makeForeignFile(Foreign kind, const QString& path)
{
    switch (kind) {
    case Foreign::Text:
        return writeFile(path, "name,email\nAda Lovelace,ada@example.org\n") ? QString() : QStringLiteral("write");
    case Foreign::Png: {
        QByteArray png = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489");
        png += QByteArray(64, '\x7f');
        return writeFile(path, png) ? QString() : QStringLiteral("write");
    }
    case Foreign::ZeroFilled:
        return writeFile(path, QByteArray(4096, '\0')) ? QString() : QStringLiteral("write");
    case Foreign::DamagedSqlite: {
        // The right magic, then nonsense: SQLite itself has to say no.
        QByteArray bytes("SQLite format 3\0", 16);
        bytes += QByteArray(84, '\xff');
        bytes += QByteArray(4096 - 100, 'x');
        return writeFile(path, bytes) ? QString() : QStringLiteral("write");
    }
    case Foreign::OtherApplication: {
        RawConnection raw(path);
        return raw.exec({QStringLiteral("PRAGMA application_id = 1234"),
                         QStringLiteral("CREATE TABLE invoice (id INTEGER PRIMARY KEY, total REAL)"),
                         QStringLiteral("INSERT INTO invoice (total) VALUES (9.5)")});
    }
    case Foreign::SqliteWithoutApplicationId: {
        RawConnection raw(path);
        return raw.exec({QStringLiteral("PRAGMA journal_mode = WAL"),
                         QStringLiteral("CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT)"),
                         QStringLiteral("INSERT INTO person (name) VALUES ('not ours')")});
    }
    case Foreign::NewerSteward: {
        {
            auto db = Database::open(path);
            if (!db)
                return db.errorString();
            Person person;
            person.name = QStringLiteral("From the future");
            if (auto id = PersonRepository(**db).add(person); !id)
                return id.errorString();
        }
        RawConnection raw(path);
        return raw.exec({QStringLiteral("PRAGMA user_version = 999")});
    }
    }
    return QStringLiteral("unknown kind");
}

} // namespace

Q_DECLARE_METATYPE(Foreign)
Q_DECLARE_METATYPE(Database::OpenMode)

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void newFileGetsCurrentSchema();
    void pragmasAreSet_data();
    void pragmasAreSet();
    void foreignKeysAreEnforced();
    void reopeningIsANoOp();
    void emptyFileIsTreatedAsNew();
    void migratesNewFileWithoutBackup();
    void migratesOlderFileAfterBackup();
    void backupNeverOverwritesAnOlderOne();
    void failedStepLeavesFileAtOldVersion();
    void eachStepIsItsOwnTransaction();
    void refusesForeignFile_data();
    void refusesForeignFile();
    void refusesNewerFileWithPendingWal();
    void refusesPath_data();
    void refusesPath();
    void integrityCheckReportsDamage();
    void migrationsAreContiguous();
    void upgradesReleasedFixture_data();
    void upgradesReleasedFixture();
};

void TestDatabase::newFileGetsCurrentSchema()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("new.steward"));

    auto db = Database::open(path);
    QVERIFY2(db, qPrintable(db.errorString()));
    QCOMPARE((*db)->schemaVersion(), Database::currentSchemaVersion());
    QVERIFY(Database::currentSchemaVersion() >= 1);
    QVERIFY((*db)->backupPath().isEmpty());
    QCOMPARE((*db)->path(), QFileInfo(path).absoluteFilePath());

    QSqlQuery query((*db)->connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
    QCOMPARE(query.value(0).toInt(), Database::currentSchemaVersion());
    QVERIFY(query.exec(QStringLiteral("PRAGMA application_id")) && query.next());
    QCOMPARE(query.value(0).toLongLong(), qint64(Database::kApplicationId));
    for (const char* table : {"person", "community", "membership", "level_change"}) {
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type='table' AND name='%1'")
                               .arg(QLatin1String(table)))
                && query.next());
        QVERIFY2(query.value(0).toInt() == 1, table);
    }
    query.finish();

    const auto check = (*db)->integrityCheck();
    QVERIFY2(check, qPrintable(check.errorString()));
    QCOMPARE(*check, QStringLiteral("ok"));
}

void TestDatabase::pragmasAreSet_data()
{
    QTest::addColumn<QString>("pragma");
    QTest::addColumn<QString>("expected");
    QTest::addRow("foreign keys on") << QStringLiteral("foreign_keys") << QStringLiteral("1");
    QTest::addRow("write-ahead log") << QStringLiteral("journal_mode") << QStringLiteral("wal");
    QTest::addRow("synchronous full") << QStringLiteral("synchronous") << QStringLiteral("2");
}

void TestDatabase::pragmasAreSet()
{
    QFETCH(QString, pragma);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("pragmas.steward"));

    // Both on a new file and on reopening: connection-level pragmas are not stored in the file.
    for (int round = 0; round < 2; ++round) {
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db.errorString()));
        QSqlQuery query((*db)->connection());
        QVERIFY2(query.exec(QStringLiteral("PRAGMA ") + pragma), qPrintable(query.lastError().text()));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString().toLower(), expected);
    }
}

void TestDatabase::foreignKeysAreEnforced()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto db = Database::open(dir.filePath(QStringLiteral("fk.steward")));
    QVERIFY2(db, qPrintable(db.errorString()));
    QSqlQuery query((*db)->connection());
    QVERIFY(!query.exec(
        QStringLiteral("INSERT INTO membership (person_id, community_id, level) VALUES (404, 404, 'active')")));
    QVERIFY2(query.lastError().text().contains(QLatin1String("FOREIGN KEY")), qPrintable(query.lastError().text()));
}

void TestDatabase::reopeningIsANoOp()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("again.steward"));
    {
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db.errorString()));
        Person person;
        person.name = QStringLiteral("Ada Lovelace");
        QVERIFY(PersonRepository(**db).add(person));
    }
    const QByteArray before = fileHash(path);
    const QStringList entriesBefore = folderEntries(dir.path());
    QVERIFY(!before.isEmpty());

    {
        auto db = Database::open(path, Database::OpenMode::ExistingOnly);
        QVERIFY2(db, qPrintable(db.errorString()));
        QCOMPARE((*db)->schemaVersion(), Database::currentSchemaVersion());
        QVERIFY((*db)->backupPath().isEmpty());
        auto count = PersonRepository(**db).count();
        QVERIFY(count);
        QCOMPARE(*count, qint64(1));
    }
    QCOMPARE(fileHash(path), before);
    QCOMPARE(folderEntries(dir.path()), entriesBefore);
}

void TestDatabase::emptyFileIsTreatedAsNew()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("empty.steward"));
    QVERIFY(writeFile(path, {}));
    QCOMPARE(QFileInfo(path).size(), 0);

    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    QVERIFY2(db, qPrintable(db.errorString()));
    QCOMPARE((*db)->schemaVersion(), Database::currentSchemaVersion());
    QVERIFY((*db)->backupPath().isEmpty());
    Person person;
    person.name = QStringLiteral("First");
    QVERIFY(PersonRepository(**db).add(person));
}

void TestDatabase::migratesNewFileWithoutBackup()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("fresh.steward"));

    {
        auto db = Database::open(path, Database::OpenMode::CreateIfMissing, {noteStep(), tagStep()});
        QVERIFY2(db, qPrintable(db.errorString()));
        QCOMPARE((*db)->schemaVersion(), 2);
        // Nothing existed to lose, so nothing is copied.
        QVERIFY((*db)->backupPath().isEmpty());
    }
    QCOMPARE(folderEntries(dir.path()).filter(QStringLiteral("backup")), QStringList());

    RawConnection raw(path);
    QVERIFY(raw.isOpen());
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 2);
    QVERIFY(raw.hasTable(QStringLiteral("note")));
    QVERIFY(raw.hasTable(QStringLiteral("tag")));
}

void TestDatabase::migratesOlderFileAfterBackup()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("older.steward"));
    QVERIFY(makeNoteFile(path));

    QString backup;
    {
        auto db = Database::open(path, Database::OpenMode::ExistingOnly, {noteStep(), tagStep()});
        QVERIFY2(db, qPrintable(db.errorString()));
        QCOMPARE((*db)->schemaVersion(), 2);
        backup = (*db)->backupPath();
    }
    QVERIFY(!backup.isEmpty());
    QVERIFY2(QFileInfo::exists(backup), qPrintable(backup));
    QCOMPARE(QFileInfo(backup).absolutePath(), QFileInfo(path).absolutePath());
    QVERIFY(QFileInfo(backup).fileName().startsWith(QStringLiteral("older.steward")));

    {
        RawConnection old(backup);
        QVERIFY(old.isOpen());
        QCOMPARE(old.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QCOMPARE(old.scalar(QStringLiteral("PRAGMA application_id")).toLongLong(), qint64(Database::kApplicationId));
        QCOMPARE(old.column(QStringLiteral("SELECT text FROM note ORDER BY id")), kNotes);
        QVERIFY(!old.hasTable(QStringLiteral("tag")));
    }
    {
        RawConnection migrated(path);
        QVERIFY(migrated.isOpen());
        QCOMPARE(migrated.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 2);
        QCOMPARE(migrated.column(QStringLiteral("SELECT text FROM note ORDER BY id")), kNotes);
        QVERIFY(migrated.hasTable(QStringLiteral("tag")));
        QCOMPARE(migrated.scalar(QStringLiteral("SELECT count(*) FROM tag WHERE label = 'migrated'")).toInt(),
                 kNotes.size());
    }
    // A second open finds nothing to do: no further backup.
    auto again = Database::open(path, Database::OpenMode::ExistingOnly, {noteStep(), tagStep()});
    QVERIFY2(again, qPrintable(again.errorString()));
    QVERIFY((*again)->backupPath().isEmpty());
    QCOMPARE(folderEntries(dir.path()).filter(QStringLiteral("backup")).size(), 1);
}

void TestDatabase::backupNeverOverwritesAnOlderOne()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("twice.steward"));
    QVERIFY(makeNoteFile(path));

    // Find the name the first backup takes, then put something precious there and migrate a copy again.
    const QString pristine = dir.filePath(QStringLiteral("pristine.steward"));
    QVERIFY(QFile::copy(path, pristine));
    QString firstBackup;
    {
        auto db = Database::open(path, Database::OpenMode::ExistingOnly, {noteStep(), tagStep()});
        QVERIFY2(db, qPrintable(db.errorString()));
        firstBackup = (*db)->backupPath();
    }
    QVERIFY(!firstBackup.isEmpty());
    QVERIFY(QFile::remove(path));
    QVERIFY(QFile::rename(pristine, path));
    const QByteArray precious = fileHash(firstBackup);

    auto db = Database::open(path, Database::OpenMode::ExistingOnly, {noteStep(), tagStep()});
    QVERIFY2(db, qPrintable(db.errorString()));
    QVERIFY(!(*db)->backupPath().isEmpty());
    QVERIFY((*db)->backupPath() != firstBackup);
    QVERIFY(QFileInfo::exists((*db)->backupPath()));
    QCOMPARE(fileHash(firstBackup), precious);
}

void TestDatabase::failedStepLeavesFileAtOldVersion()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("broken-upgrade.steward"));
    QVERIFY(makeNoteFile(path));

    {
        auto db = Database::open(path, Database::OpenMode::ExistingOnly, {noteStep(), brokenTagStep()});
        QVERIFY(!db);
        QVERIFY2(db.errorString().contains(QLatin1String("schema 2")), qPrintable(db.errorString()));
    }
    {
        RawConnection raw(path);
        QVERIFY(raw.isOpen());
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QCOMPARE(raw.column(QStringLiteral("SELECT text FROM note ORDER BY id")), kNotes);
        QVERIFY2(!raw.hasTable(QStringLiteral("tag")), "the step's first statement was not rolled back");
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }
    // This version of the schema still opens it.
    auto db = Database::open(path, Database::OpenMode::ExistingOnly, {noteStep()});
    QVERIFY2(db, qPrintable(db.errorString()));
    QCOMPARE((*db)->schemaVersion(), 1);
}

void TestDatabase::eachStepIsItsOwnTransaction()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("steps.steward"));

    auto db = Database::open(path, Database::OpenMode::CreateIfMissing, {noteStep(), tagStep(), brokenThirdStep()});
    QVERIFY(!db);
    QVERIFY2(db.errorString().contains(QLatin1String("schema 3")), qPrintable(db.errorString()));

    RawConnection raw(path);
    QVERIFY(raw.isOpen());
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 2);
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA application_id")).toLongLong(), qint64(Database::kApplicationId));
    QVERIFY(raw.hasTable(QStringLiteral("note")));
    QVERIFY(raw.hasTable(QStringLiteral("tag")));
    QVERIFY(!raw.hasTable(QStringLiteral("colour")));
}

void TestDatabase::refusesForeignFile_data()
{
    QTest::addColumn<Foreign>("kind");
    QTest::addColumn<QString>("reason");
    QTest::addRow("text file") << Foreign::Text << QStringLiteral("not an SQLite file");
    QTest::addRow("PNG image") << Foreign::Png << QStringLiteral("not an SQLite file");
    QTest::addRow("zero-filled") << Foreign::ZeroFilled << QStringLiteral("not an SQLite file");
    QTest::addRow("damaged SQLite") << Foreign::DamagedSqlite << QStringLiteral("not a Steward database");
    QTest::addRow("other application") << Foreign::OtherApplication << QStringLiteral("not a Steward database");
    QTest::addRow("SQLite without application id")
        << Foreign::SqliteWithoutApplicationId << QStringLiteral("not a Steward database");
    QTest::addRow("newer Steward") << Foreign::NewerSteward << QStringLiteral("newer version of Steward");
}

void TestDatabase::refusesForeignFile()
{
    QFETCH(Foreign, kind);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("someone-elses.file"));
    const QString made = makeForeignFile(kind, path);
    QVERIFY2(made.isEmpty(), qPrintable(made));

    // The hash covers the main file only, so the folder must not hold a -wal with pending changes either.
    const QByteArray before = fileHash(path);
    const QStringList entriesBefore = folderEntries(dir.path());
    QVERIFY(!before.isEmpty());
    QCOMPARE(entriesBefore, QStringList{QStringLiteral("someone-elses.file")});

    for (auto mode : {Database::OpenMode::CreateIfMissing, Database::OpenMode::ExistingOnly}) {
        auto db = Database::open(path, mode);
        QVERIFY(!db);
        QVERIFY2(db.errorString().contains(path), qPrintable(db.errorString()));
        QVERIFY2(db.errorString().contains(reason), qPrintable(db.errorString()));

        QCOMPARE(fileHash(path), before);
        QCOMPARE(folderEntries(dir.path()), entriesBefore);
    }
}

void TestDatabase::refusesNewerFileWithPendingWal()
{
    // A newer Steward crashed: its last commits are still in the -wal beside the file.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString live = dir.filePath(QStringLiteral("live.steward"));
    const QString path = dir.filePath(QStringLiteral("crashed.steward"));
    QVERIFY(makeForeignFile(Foreign::NewerSteward, live).isEmpty());
    {
        RawConnection raw(live);
        QCOMPARE(raw.exec({QStringLiteral("INSERT INTO person (name) VALUES ('only in the wal')")}), QString());
        QVERIFY(QFileInfo(live + QStringLiteral("-wal")).size() > 0);
        QVERIFY(QFile::copy(live, path));
        QVERIFY(QFile::copy(live + QStringLiteral("-wal"), path + QStringLiteral("-wal")));
    }
    const QByteArray fileBefore = fileHash(path);
    const QByteArray walBefore = fileHash(path + QStringLiteral("-wal"));

    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    QVERIFY(!db);
    QVERIFY2(db.errorString().contains(QLatin1String("newer version")), qPrintable(db.errorString()));
    // The identity check runs on a read-only connection, which never checkpoints the WAL.
    QCOMPARE(fileHash(path), fileBefore);
    QCOMPARE(fileHash(path + QStringLiteral("-wal")), walBefore);
}

void TestDatabase::refusesPath_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::addColumn<bool>("makeFolder");
    QTest::addColumn<Database::OpenMode>("mode");
    QTest::addColumn<QString>("reason");
    QTest::addRow("a folder") << QStringLiteral("folder.steward") << true << Database::OpenMode::CreateIfMissing
                              << QStringLiteral("is a folder");
    QTest::addRow("missing file, existing only")
        << QStringLiteral("missing.steward") << false << Database::OpenMode::ExistingOnly
        << QStringLiteral("does not exist");
    QTest::addRow("missing folder") << QStringLiteral("no/such/folder/new.steward") << false
                                    << Database::OpenMode::CreateIfMissing << QStringLiteral("folder does not exist");
}

void TestDatabase::refusesPath()
{
    QFETCH(QString, relativePath);
    QFETCH(bool, makeFolder);
    QFETCH(Database::OpenMode, mode);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(relativePath);
    if (makeFolder)
        QVERIFY(QDir(dir.path()).mkpath(relativePath));
    const QStringList entriesBefore = folderEntries(dir.path());

    auto db = Database::open(path, mode);
    QVERIFY(!db);
    QVERIFY2(db.errorString().contains(path), qPrintable(db.errorString()));
    QVERIFY2(db.errorString().contains(reason), qPrintable(db.errorString()));
    QCOMPARE(folderEntries(dir.path()), entriesBefore);
    if (makeFolder)
        QCOMPARE(folderEntries(path), QStringList());
}

void TestDatabase::integrityCheckReportsDamage()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("damaged.steward"));
    {
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db.errorString()));
        const auto check = (*db)->integrityCheck();
        QVERIFY2(check, qPrintable(check.errorString()));
        QCOMPARE(*check, QStringLiteral("ok"));
    }
    {
        // An index whose declared order no longer matches its content: readable, but inconsistent.
        RawConnection raw(path);
        const QString error =
            raw.exec({QStringLiteral("CREATE TABLE scratch (a INTEGER)"),
                      QStringLiteral("CREATE INDEX scratch_a ON scratch(a)"),
                      QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50) "
                                     "INSERT INTO scratch SELECT i FROM n"),
                      QStringLiteral("PRAGMA writable_schema = ON"),
                      QStringLiteral("UPDATE sqlite_schema SET sql = 'CREATE INDEX scratch_a ON scratch(a DESC)' "
                                     "WHERE name = 'scratch_a'")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    QVERIFY2(db, qPrintable(db.errorString()));
    const auto check = (*db)->integrityCheck();
    QVERIFY2(check, qPrintable(check.errorString()));
    QVERIFY(*check != QStringLiteral("ok"));
    QVERIFY2(check->contains(QLatin1String("scratch_a")), qPrintable(*check));
}

void TestDatabase::migrationsAreContiguous()
{
    // The upgrade loop skips steps at or below the file's version: a gap filled in later would never run.
    const QList<Migration> steps = stewardMigrations();
    for (qsizetype i = 0; i < steps.size(); ++i)
        QCOMPARE(steps.at(i).toVersion, int(i + 1));
    QCOMPARE(Database::currentSchemaVersion(), int(steps.size()));
}

void TestDatabase::upgradesReleasedFixture_data()
{
    // One row per released schema version; each file holds the same sample (see tests/data/README.md).
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("version");
    QTest::addRow("schema 1") << QStringLiteral("steward-v1.sqlite") << 1;
    QTest::addRow("schema 2") << QStringLiteral("steward-v2.sqlite") << 2;
    QTest::addRow("schema 3") << QStringLiteral("steward-v3.sqlite") << 3;
    QTest::addRow("schema 4") << QStringLiteral("steward-v4.sqlite") << 4;
}

void TestDatabase::upgradesReleasedFixture()
{
    QFETCH(QString, fixture);
    QFETCH(int, version);
    const QString source = test::testDataPath(fixture);
    QVERIFY2(QFileInfo::exists(source), qPrintable(source));
    const QByteArray sourceHash = fileHash(source);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(fixture);
    QVERIFY(QFile::copy(source, path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    {
        RawConnection raw(path);
        QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), version);
    }

    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    QVERIFY2(db, qPrintable(db.errorString()));
    QCOMPARE((*db)->schemaVersion(), Database::currentSchemaVersion());
    QCOMPARE((*db)->backupPath().isEmpty(), version == Database::currentSchemaVersion());
    const auto check = (*db)->integrityCheck();
    QVERIFY(check);
    QCOMPARE(*check, QStringLiteral("ok"));

    PersonRepository people(**db);
    auto everyone = people.all();
    QVERIFY2(everyone, qPrintable(everyone.errorString()));
    QStringList names;
    for (const Person& p : std::as_const(*everyone))
        names << p.name;
    QCOMPARE(names,
             (QStringList{QStringLiteral("Ada Lovelace"),
                          QStringLiteral("Grace Hopper"),
                          QStringLiteral("Zo\u00eb \u014ckubo-Nystr\u00f6m")}));
    const Person& ada = everyone->at(0);
    QCOMPARE(ada.email, QStringLiteral("ada@example.org"));
    QCOMPARE(ada.startDate, QDate(2019, 3, 4));
    QCOMPARE(ada.githubLogin, QStringLiteral("adal"));
    QVERIFY(everyone->at(1).email.isEmpty());
    QVERIFY(!everyone->at(2).startDate.isValid());

    QSqlQuery query((*db)->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM community WHERE name = 'Testing Guild'")) && query.next());
    const qint64 guild = query.value(0).toLongLong();
    query.finish();

    MembershipRepository memberships(**db);
    auto members = memberships.membersOf(guild);
    QVERIFY2(members, qPrintable(members.errorString()));
    QCOMPARE(members->size(), 3);
    QCOMPARE(members->at(0).personName, QStringLiteral("Grace Hopper"));
    QCOMPARE(members->at(0).membership.level, ParticipationLevel::Steward);
    QCOMPARE(members->at(1).personName, QStringLiteral("Ada Lovelace"));
    QCOMPARE(members->at(1).membership.level, ParticipationLevel::Core);
    QCOMPARE(members->at(2).membership.level, ParticipationLevel::Peripheral);

    auto history = memberships.history(members->at(1).membership.id);
    QVERIFY2(history, qPrintable(history.errorString()));
    QCOMPARE(history->size(), 3);
    QVERIFY(!history->at(0).from.has_value());
    QCOMPARE(history->at(0).to, ParticipationLevel::Observer);
    QCOMPARE(history->at(2).from, std::optional<ParticipationLevel>(ParticipationLevel::Active));
    QCOMPARE(history->at(2).to, ParticipationLevel::Core);
    QCOMPARE(history->at(2).date, QDate(2025, 2, 1));
    QCOMPARE(history->at(2).reason, QStringLiteral("co-organiser"));

    QCOMPARE(fileHash(source), sourceHash);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
