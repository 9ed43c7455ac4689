// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "network/NetworkAnalysis.h"
#include "storage/InteractionFilter.h"

class QCommandLineParser;
class QTextStream;

namespace steward {

class Database;

/** What network metrics, findings and compare read from their shared options. */
struct NetworkCommandChoice
{
    QString communityName;
    InteractionFilter filter; // communityId is set by resolveCommunity()
    NetworkAnalysisOptions analysis;
};

/** The options the network commands share, read in one place so they mean the same everywhere. */
class NetworkCommandOptions
{
public:
    /** --community, and --from/--to when window is true; --kinds, --platforms, --channels. */
    static void addFilterOptions(QCommandLineParser& parser, bool window = true);
    /** --weighted, --betweenness-samples, --seed, --jobs. */
    static void addAnalysisOptions(QCommandLineParser& parser);
    /** The options as given (window: --from and --to were added); a failure is a usage error. */
    static Result<NetworkCommandChoice> parse(const QCommandLineParser& parser, bool window = true);
    /** Finds the community by name and puts its id in the filter. */
    static Status resolveCommunity(const Database& database, NetworkCommandChoice& choice);
    /** A YYYY-MM-DD option, or a failure naming it. */
    static Result<QDate> dateOption(const QCommandLineParser& parser, const QString& name);
    /** --format json|text and -o FILE, for findings and comparisons. */
    static void addReportOutputOptions(QCommandLineParser& parser);
    /** True for --format json, false for text (the default); a failure names a bad value. */
    static Result<bool> wantsJson(const QCommandLineParser& parser);
    /** Writes bytes to --output FILE (atomically) or to out. */
    static Status write(const QCommandLineParser& parser, const QByteArray& bytes, QTextStream& out);
};

} // namespace steward
