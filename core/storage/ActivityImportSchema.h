// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace steward {

/**
 * Schema version 6: what activity imports (Slack, Discord, Teams, GitHub reviews, surveys) need beyond
 * schema 4's batches - the summary of each activity batch, the people an import created because they
 * matched no one (to review and merge), the external ids an import wrote onto existing people (cleared
 * again when the batch is undone), and indexes on the external id columns used for matching.
 */
QStringList activityImportSchema();

} // namespace steward
