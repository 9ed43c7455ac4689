// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

namespace steward {

class ActivitySink;

/**
 * A name-generator survey as CSV: columns respondent, question, named, and optionally strength (a
 * positive number, default 1) and date (YYYY-MM-DD). Each row is one tie respondent -> named person of
 * kind survey, with the question as its channel. People are written as an email (when the cell holds an
 * '@') or a name. Any bad row stops the import with "FILE:LINE: reason".
 */
class SurveyCsvParser
{
public:
    explicit SurveyCsvParser(ActivitySink& sink);
    Status parse(const QByteArray& data, const QString& fileName);

    /** The account a survey cell names: keyed by email or folded name, so "Ann" and "ann" are one. */
    static QString declare(ActivitySink& sink, const QString& cell);

private:
    ActivitySink& m_sink;
};

} // namespace steward
