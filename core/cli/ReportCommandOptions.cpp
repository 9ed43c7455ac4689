// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCommandOptions.h"

#include "cli/StderrProgress.h"
#include "report/ReportHtml.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace steward {

namespace {

Result<QDate> dateOption(const QCommandLineParser& parser, const QString& name)
{
    if (!parser.isSet(name))
        return QDate();
    const QString text = parser.value(name).trimmed();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10)
        return Result<QDate>::failure(
            QCoreApplication::translate("ReportCommandOptions", "--%1: '%2' is not a date in the form YYYY-MM-DD")
                .arg(name, text));
    return date;
}

Status writeHtml(const ReportContent& content, const QString& path)
{
    const QByteArray bytes = ReportHtml::write(content);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(
            QCoreApplication::translate("ReportCommandOptions", "cannot write '%1': %2").arg(path, file.errorString()));
    return {};
}

} // namespace

void ReportCommandOptions::add(QCommandLineParser& parser, bool period)
{
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QCoreApplication::translate("ReportCommandOptions", "The file to write (required)."),
                      QStringLiteral("FILE")});
    if (period) {
        parser.addOption({QStringLiteral("from"),
                          QCoreApplication::translate("ReportCommandOptions",
                                                      "First day of the period (default: six months before --to)."),
                          QStringLiteral("DATE")});
        parser.addOption(
            {QStringLiteral("to"),
             QCoreApplication::translate("ReportCommandOptions", "Last day of the period (default: today)."),
             QStringLiteral("DATE")});
    }
    parser.addOption({QStringLiteral("paper"),
                      QCoreApplication::translate("ReportCommandOptions", "Paper size: a4 (default) or letter."),
                      QStringLiteral("a4|letter"),
                      QStringLiteral("a4")});
    parser.addOption(
        {QStringLiteral("html"), QCoreApplication::translate("ReportCommandOptions", "Write HTML instead of PDF.")});
    parser.addOption(
        {QStringLiteral("pseudonymise"),
         QCoreApplication::translate("ReportCommandOptions", "Show stable codes (P-XXXX) instead of people's names.")});
    parser.addOption({QStringLiteral("pseudonym-key"),
                      QCoreApplication::translate("ReportCommandOptions",
                                                  "Your own key for the codes (default: derived from the workspace)."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("min-group"),
                      QCoreApplication::translate("ReportCommandOptions",
                                                  "Suppress figures of teams and departments with fewer people "
                                                  "(default 5)."),
                      QStringLiteral("N"),
                      QStringLiteral("5")});
}

Result<ReportCommandChoice> ReportCommandOptions::parse(const QCommandLineParser& parser)
{
    using R = Result<ReportCommandChoice>;
    ReportCommandChoice choice;
    choice.output = parser.value(QStringLiteral("output"));
    if (choice.output.isEmpty())
        return R::failure(QCoreApplication::translate("ReportCommandOptions", "-o FILE is required"));
    const QString paper = parser.value(QStringLiteral("paper")).toLower();
    if (paper != QLatin1String("a4") && paper != QLatin1String("letter"))
        return R::failure(QCoreApplication::translate("ReportCommandOptions", "--paper: '%1' is not a4 or letter")
                              .arg(parser.value(QStringLiteral("paper"))));
    choice.paper = paper == QLatin1String("letter") ? ReportPaper::Letter : ReportPaper::A4;
    choice.html = parser.isSet(QStringLiteral("html"));
    bool ok = false;
    choice.options.minGroupSize = parser.value(QStringLiteral("min-group")).toInt(&ok);
    if (!ok || choice.options.minGroupSize < 1)
        return R::failure(QCoreApplication::translate("ReportCommandOptions",
                                                      "--min-group: '%1' is not a number of 1 "
                                                      "or more")
                              .arg(parser.value(QStringLiteral("min-group"))));
    choice.options.pseudonymise = parser.isSet(QStringLiteral("pseudonymise"));
    choice.options.pseudonymKey = parser.value(QStringLiteral("pseudonym-key")).toUtf8();
    choice.options.includeConfidential = parser.optionNames().contains(QStringLiteral("include-confidential"));
    for (const QString& name : {QStringLiteral("from"), QStringLiteral("to")}) {
        if (!parser.optionNames().contains(name))
            continue;
        auto date = dateOption(parser, name);
        if (!date)
            return R::failure(date.errorString());
        (name == QLatin1String("from") ? choice.options.from : choice.options.to) = *date;
    }
    return choice;
}

Status ReportCommandOptions::write(const ReportContent& content, const ReportCommandChoice& choice, CliContext& context)
{
    if (choice.html)
        return writeHtml(content, choice.output);
    const ReportRenderer* renderer = ReportRenderer::installed();
    if (!renderer)
        return Status::failure(
            QCoreApplication::translate("ReportCommandOptions", "this program cannot draw PDF files; use --html"));
    StderrProgress progress(context);
    Status s = renderer->writePdf(content, choice.paper, choice.output, progress);
    progress.finish();
    return s;
}

ExitCode ReportCommandOptions::start(const QCommandLineParser& parser,
                                     CliContext& context,
                                     int positionals,
                                     ReportCommandChoice& choice)
{
    if (parser.positionalArguments().size() != positionals)
        return reportError(
            context,
            ExitCode::Usage,
            QCoreApplication::translate("ReportCommandOptions", "expected %n name(s) or id(s)", nullptr, positionals));
    auto parsed = parse(parser);
    if (!parsed)
        return reportError(context, ExitCode::Usage, parsed.errorString());
    choice = *parsed;
    return ExitCode::Success;
}

ExitCode ReportCommandOptions::runCommunityReport(const QCommandLineParser& parser,
                                                  CliContext& context,
                                                  CommunityReportBuilder build)
{
    ReportCommandChoice choice;
    if (ExitCode code = start(parser, context, 1, choice); code != ExitCode::Success)
        return code;
    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    StderrProgress progress(context);
    auto content =
        build(**database, parser.positionalArguments().constFirst(), choice.options, context.clock, progress);
    progress.finish();
    if (!content)
        return reportError(context, ExitCode::Failure, content.errorString());
    if (Status written = write(*content, choice, context); !written)
        return reportError(context, ExitCode::Failure, written.errorString());
    return ExitCode::Success;
}

} // namespace steward
