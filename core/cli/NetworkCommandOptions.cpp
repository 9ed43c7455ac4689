// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkCommandOptions.h"

#include "storage/CommunityRepository.h"
#include "storage/Interaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>
#include <QTextStream>

namespace steward {

namespace {

/** A comma-separated list whose values must all be allowed; empty when the option is not given. */
Result<QStringList> listOption(const QCommandLineParser& parser, const QString& name, const QStringList& allowed)
{
    QStringList values;
    if (!parser.isSet(name))
        return values;
    for (const QString& part : parser.value(name).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString value = part.trimmed().toLower();
        if (!allowed.isEmpty() && !allowed.contains(value))
            return Result<QStringList>::failure(
                QCoreApplication::translate("NetworkCommandOptions", "--%1: '%2' is not one of: %3")
                    .arg(name, value, allowed.join(QStringLiteral(", "))));
        values.append(allowed.isEmpty() ? part.trimmed() : value);
    }
    return values;
}

Result<int> numberOption(const QCommandLineParser& parser, const QString& name, int minimum, int fallback)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < minimum)
        return Result<int>::failure(
            QCoreApplication::translate("NetworkCommandOptions", "--%1 needs a whole number of at least %2")
                .arg(name)
                .arg(minimum));
    return value;
}

} // namespace

void NetworkCommandOptions::addFilterOptions(QCommandLineParser& parser, bool window)
{
    parser.addOption({QStringLiteral("community"),
                      QCoreApplication::translate("NetworkCommandOptions", "The community whose network to analyse."),
                      QStringLiteral("NAME")});
    if (window) {
        parser.addOption({QStringLiteral("from"),
                          QCoreApplication::translate("NetworkCommandOptions",
                                                      "First day of the window (interactions without a time are then "
                                                      "left out)."),
                          QStringLiteral("YYYY-MM-DD")});
        parser.addOption({QStringLiteral("to"),
                          QCoreApplication::translate("NetworkCommandOptions", "Last day of the window, included."),
                          QStringLiteral("YYYY-MM-DD")});
    }
    parser.addOption({QStringLiteral("kinds"),
                      QCoreApplication::translate("NetworkCommandOptions",
                                                  "Only these kinds: %1. co-attendance, pairing and hot-seat-advice "
                                                  "are derived from the workspace's sessions and hot seats.")
                          .arg(Interaction::kinds().join(QStringLiteral(", "))),
                      QStringLiteral("k1,k2")});
    parser.addOption({QStringLiteral("platforms"),
                      QCoreApplication::translate("NetworkCommandOptions", "Only these platforms: %1.")
                          .arg(Interaction::platforms().join(QStringLiteral(", "))),
                      QStringLiteral("p1,p2")});
    parser.addOption({QStringLiteral("channels"),
                      QCoreApplication::translate("NetworkCommandOptions", "Only these channels."),
                      QStringLiteral("c1,c2")});
}

void NetworkCommandOptions::addAnalysisOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("weighted"),
                      QCoreApplication::translate("NetworkCommandOptions",
                                                  "Use tie weights: distance = 1/weight for paths, the weight itself "
                                                  "for eigenvector, brokerage and communities.")});
    parser.addOption({QStringLiteral("betweenness-samples"),
                      QCoreApplication::translate("NetworkCommandOptions",
                                                  "Estimate the path metrics from K sampled people (large networks); "
                                                  "the error is reported."),
                      QStringLiteral("K")});
    parser.addOption({QStringLiteral("seed"),
                      QCoreApplication::translate("NetworkCommandOptions",
                                                  "Seed of the community detection and the sampling (default 1)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("jobs"),
                      QCoreApplication::translate("NetworkCommandOptions",
                                                  "Processes for the path metrics (default: one per core)."),
                      QStringLiteral("N")});
}

Result<QDate> NetworkCommandOptions::dateOption(const QCommandLineParser& parser, const QString& name)
{
    if (!parser.isSet(name))
        return QDate();
    const QString text = parser.value(name).trimmed();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10)
        return Result<QDate>::failure(
            QCoreApplication::translate("NetworkCommandOptions", "--%1: '%2' is not a date in the form YYYY-MM-DD")
                .arg(name, text));
    return date;
}

Result<NetworkCommandChoice> NetworkCommandOptions::parse(const QCommandLineParser& parser, bool window)
{
    using R = Result<NetworkCommandChoice>;
    NetworkCommandChoice choice;
    choice.communityName = parser.value(QStringLiteral("community")).trimmed();
    if (choice.communityName.isEmpty())
        return R::failure(QCoreApplication::translate("NetworkCommandOptions", "--community NAME is required"));
    auto from = window ? dateOption(parser, QStringLiteral("from")) : Result<QDate>(QDate());
    auto to = window ? dateOption(parser, QStringLiteral("to")) : Result<QDate>(QDate());
    auto kinds = listOption(parser, QStringLiteral("kinds"), Interaction::kinds());
    auto platforms = listOption(parser, QStringLiteral("platforms"), Interaction::platforms());
    auto channels = listOption(parser, QStringLiteral("channels"), {});
    auto samples = numberOption(parser, QStringLiteral("betweenness-samples"), 1, 0);
    auto seed = numberOption(parser, QStringLiteral("seed"), 0, 1);
    auto jobs = numberOption(parser, QStringLiteral("jobs"), 1, 0);
    for (const QString& error : {from.errorString(),
                                 to.errorString(),
                                 kinds.errorString(),
                                 platforms.errorString(),
                                 channels.errorString(),
                                 samples.errorString(),
                                 seed.errorString(),
                                 jobs.errorString()}) {
        if (!error.isEmpty())
            return R::failure(error);
    }
    if (from->isValid() && to->isValid() && *from > *to)
        return R::failure(QCoreApplication::translate("NetworkCommandOptions", "--from is after --to"));
    choice.filter.from = *from;
    choice.filter.to = *to;
    choice.filter.kinds = *kinds;
    choice.filter.platforms = *platforms;
    choice.filter.channels = *channels;
    choice.analysis.weighted = parser.isSet(QStringLiteral("weighted"));
    choice.analysis.pathSamples = *samples;
    choice.analysis.seed = quint64(*seed);
    choice.analysis.workers = *jobs;
    return choice;
}

Status NetworkCommandOptions::resolveCommunity(const Database& database, NetworkCommandChoice& choice)
{
    auto community = CommunityRepository(database).findByName(choice.communityName);
    if (!community)
        return Status::failure(community.errorString());
    if (!community->has_value())
        return Status::failure(QCoreApplication::translate("NetworkCommandOptions", "there is no community named '%1'")
                                   .arg(choice.communityName));
    choice.filter.communityId = (*community)->id;
    return {};
}

void NetworkCommandOptions::addReportOutputOptions(QCommandLineParser& parser)
{
    parser.addOption(
        {QStringLiteral("format"),
         QCoreApplication::translate("NetworkCommandOptions", "Output format: json or text (the default)."),
         QStringLiteral("json|text")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QCoreApplication::translate("NetworkCommandOptions", "Write to FILE instead of standard output."),
                      QStringLiteral("FILE")});
}

Result<bool> NetworkCommandOptions::wantsJson(const QCommandLineParser& parser)
{
    const QString value = parser.value(QStringLiteral("format")).toLower();
    if (value.isEmpty() || value == QLatin1String("text"))
        return false;
    if (value == QLatin1String("json"))
        return true;
    return Result<bool>::failure(
        QCoreApplication::translate("NetworkCommandOptions", "unknown format '%1': use json or text").arg(value));
}

Status NetworkCommandOptions::write(const QCommandLineParser& parser, const QByteArray& bytes, QTextStream& out)
{
    const QString path = parser.value(QStringLiteral("output"));
    if (path.isEmpty()) {
        out << QString::fromUtf8(bytes);
        out.flush();
        return {};
    }
    // QSaveFile: a half-written output file never replaces a good one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(QCoreApplication::translate("NetworkCommandOptions", "cannot write '%1': %2")
                                   .arg(path, file.errorString()));
    return {};
}

} // namespace steward
