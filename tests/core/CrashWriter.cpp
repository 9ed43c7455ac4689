// SPDX-License-Identifier: GPL-3.0-or-later
// Helper program for TestCrashSafety: writes multi-table transactions into a workspace in a loop and
// reports each one only after it committed, until it is killed. Usage: steward_crash_writer FILE
#include "storage/CommunityRepository.h"
#include "storage/Database.h"
#include "storage/MembershipRepository.h"
#include "storage/PersonRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace steward;

namespace {

/** The community every writer joins its people to; TestCrashSafety creates it before the first run. */
const QString kCommunity = QStringLiteral("Crash Club");
/** A safety net: a writer nobody kills stops by itself instead of filling the disk. */
constexpr qint64 kMaxRunMs = 20'000;

int fail(const QString& message)
{
    std::fprintf(stderr, "steward_crash_writer: %s\n", qPrintable(message));
    return 1;
}

/** One person, their membership with two level changes, and the community's note: four tables, one commit. */
Status writeOne(const Database& db, qint64 n, qint64 communityId)
{
    PersonRepository people(db);
    MembershipRepository memberships(db);
    CommunityRepository communities(db);
    const QString name = QStringLiteral("writer-%1").arg(n);

    Transaction transaction(db.connection());
    if (!transaction.isActive())
        return Status::failure(transaction.errorString());
    Person person;
    person.name = name;
    person.email = name + QStringLiteral("@example.org");
    auto id = people.add(person);
    if (!id)
        return Status::failure(id.errorString());
    const QDate day(2026, 1, 1);
    if (auto r = memberships.setLevel(communityId, *id, ParticipationLevel::Peripheral, day, QStringLiteral("joined"));
        !r)
        return Status::failure(r.errorString());
    if (auto r = memberships.setLevel(communityId, *id, ParticipationLevel::Active, day, QStringLiteral("stepped up"));
        !r)
        return Status::failure(r.errorString());
    auto club = communities.find(communityId);
    if (!club || !club->has_value())
        return Status::failure(QStringLiteral("the community vanished"));
    Community changed = **club;
    changed.description = QStringLiteral("last ") + name;
    if (Status s = communities.update(changed); !s)
        return s;
    return transaction.commit();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 2)
        return fail(QStringLiteral("usage: steward_crash_writer FILE"));

    auto db = Database::open(arguments.at(1), Database::OpenMode::ExistingOnly);
    if (!db)
        return fail(db.errorString());
    auto club = CommunityRepository(**db).findByName(kCommunity);
    if (!club || !club->has_value())
        return fail(QStringLiteral("no community named %1").arg(kCommunity));
    const qint64 communityId = (*club)->id;
    // Numbers continue where the last (killed) run got to, committed or not reported.
    auto count = PersonRepository(**db).count();
    if (!count)
        return fail(count.errorString());

    QElapsedTimer timer;
    timer.start();
    for (qint64 n = *count + 1; timer.elapsed() < kMaxRunMs; ++n) {
        if (Status s = writeOne(**db, n, communityId); !s)
            return fail(s.errorString());
        std::printf("committed %lld\n", static_cast<long long>(n));
        std::fflush(stdout);
    }
    return 0;
}
