// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "network/NetworkMetrics.h"

#include <QJsonObject>
#include <QStringList>

namespace steward {

/**
 * The command line's contract for metrics: JSON {"graph": {...}, "nodes": [{...}]} with snake_case
 * keys, numbers as JSON numbers (shortest round-trip form), undefined values as null; CSV with one
 * row per person under the same keys.
 */
class NetworkMetricsFormat
{
public:
    static QJsonObject toJson(const NetworkMetrics& metrics);
    static QJsonObject graphToJson(const GraphMetrics& graph);
    static QJsonObject personToJson(const PersonMetrics& person);
    static QByteArray toCsv(const NetworkMetrics& metrics);
    /** The per-person keys, in column order. */
    static QStringList personKeys();
};

} // namespace steward
