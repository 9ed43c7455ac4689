// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportScopeLoader.h"

#include "report/ReportPeriod.h"
#include "storage/CommunityRepository.h"

#include <QCoreApplication>

namespace steward {

namespace {

Result<ReportScope>
scopeOf(const Database& database, const Community& community, const ReportOptions& options, const Clock& clock)
{
    using R = Result<ReportScope>;
    if (options.minGroupSize < 1)
        return R::failure(
            QCoreApplication::translate("ReportScopeLoader", "the smallest group size must be at least 1"));
    auto period = ReportPeriod::resolve(options.from, options.to, clock);
    if (!period)
        return R::failure(period.errorString());
    PersonNames names;
    if (options.pseudonymise) {
        auto pseudonyms = PersonNames::pseudonymised(database, options.pseudonymKey);
        if (!pseudonyms)
            return R::failure(pseudonyms.errorString());
        names = *pseudonyms;
    }
    return ReportScope{database, community.id, community.name, period->from, period->to, names, options};
}

} // namespace

Result<ReportScope> ReportScopeLoader::forCommunity(const Database& database,
                                                    const QString& communityName,
                                                    const ReportOptions& options,
                                                    const Clock& clock)
{
    auto community = CommunityRepository(database).findByName(communityName);
    if (!community)
        return Result<ReportScope>::failure(community.errorString());
    if (!community->has_value())
        return Result<ReportScope>::failure(
            QCoreApplication::translate("ReportScopeLoader", "no community named '%1'").arg(communityName));
    return scopeOf(database, **community, options, clock);
}

Result<ReportScope> ReportScopeLoader::forCommunityId(const Database& database,
                                                      qint64 communityId,
                                                      const ReportOptions& options,
                                                      const Clock& clock)
{
    auto community = CommunityRepository(database).find(communityId);
    if (!community)
        return Result<ReportScope>::failure(community.errorString());
    if (!community->has_value())
        return Result<ReportScope>::failure(
            QCoreApplication::translate("ReportScopeLoader", "no community with id %1").arg(communityId));
    return scopeOf(database, **community, options, clock);
}

} // namespace steward
