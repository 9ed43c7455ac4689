// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "network/NetworkComparison.h"
#include "network/NetworkFindings.h"

#include <QJsonObject>
#include <QStringList>

namespace steward {

/** Findings and comparisons in words (plain sentences a steward can read) and as JSON for tools. */
class NetworkFindingsFormat
{
public:
    static QJsonObject toJson(const Findings& findings);
    static QStringList sentences(const Findings& findings);
    static QString toText(const Findings& findings);

    static QJsonObject toJson(const NetworkComparisonResult& comparison);
    static QStringList sentences(const NetworkComparisonResult& comparison);
    static QString toText(const NetworkComparisonResult& comparison);

    static QJsonObject brokerToJson(const Broker& broker);
};

} // namespace steward
