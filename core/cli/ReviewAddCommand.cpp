// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewAddCommand.h"

#include "cli/ArtefactCommandInput.h"
#include "repertoire/ArtefactRepository.h"
#include "repertoire/ReviewRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace steward {

namespace {

/** "--comment Clarity=Reads well" against the template's criteria. */
Result<QList<ReviewComment>> commentsFrom(const QStringList& values, const FeedbackTemplate& feedbackTemplate)
{
    using R = Result<QList<ReviewComment>>;
    QList<ReviewComment> comments;
    QStringList names;
    for (const FeedbackCriterion& c : feedbackTemplate.criteria)
        names.append(c.name);
    for (const QString& value : values) {
        const qsizetype eq = value.indexOf(QLatin1Char('='));
        const QString name = value.left(eq).trimmed();
        const auto it = std::find_if(
            feedbackTemplate.criteria.cbegin(), feedbackTemplate.criteria.cend(), [&name](const FeedbackCriterion& c) {
                return c.name.compare(name, Qt::CaseInsensitive) == 0;
            });
        if (eq < 0 || it == feedbackTemplate.criteria.cend())
            return R::failure(
                QCoreApplication::translate("ReviewAddCommand",
                                            "--comment '%1': write CRITERION=TEXT with a criterion of '%2': %3")
                    .arg(value, feedbackTemplate.name, names.join(QStringLiteral(", "))));
        comments.append({it->id, it->name, value.mid(eq + 1).trimmed(), {}});
    }
    return comments;
}

/** "--criterion-verdict Risk=changes": sets the verdict on that criterion's comment (adding an empty one). */
Status addCriterionVerdicts(const QStringList& values, const FeedbackTemplate& t, QList<ReviewComment>& comments)
{
    for (const QString& value : values) {
        const qsizetype eq = value.indexOf(QLatin1Char('='));
        const QString name = value.left(eq).trimmed();
        const auto it = std::find_if(t.criteria.cbegin(), t.criteria.cend(), [&name](const FeedbackCriterion& c) {
            return c.name.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (eq < 0 || it == t.criteria.cend())
            return Status::failure(
                QCoreApplication::translate(
                    "ReviewAddCommand", "--criterion-verdict '%1': write CRITERION=VERDICT with a criterion of '%2'")
                    .arg(value, t.name));
        const QString verdict = value.mid(eq + 1).trimmed();
        auto comment = std::find_if(
            comments.begin(), comments.end(), [&it](const ReviewComment& c) { return c.criterionId == it->id; });
        if (comment == comments.end())
            comments.append({it->id, it->name, QString(), verdict});
        else
            comment->verdict = verdict;
    }
    return {};
}

} // namespace

ReviewAddCommand::ReviewAddCommand()
    : CliCommand("ReviewAddCommand",
                 "review add",
                 QT_TRANSLATE_NOOP("ReviewAddCommand",
                                   "Review an artefact (not one's own) with a verdict; it counts as an interaction."))
{
}

void ReviewAddCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("artefact"),
                      QCoreApplication::translate("ReviewAddCommand", "The artefact's id."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("reviewer"),
                      QCoreApplication::translate("ReviewAddCommand", "Who reviews, by name or email."),
                      QStringLiteral("PERSON")});
    parser.addOption(
        {QStringLiteral("verdict"),
         QCoreApplication::translate("ReviewAddCommand", "One of: %1.").arg(ReviewRepository::verdictList()),
         QStringLiteral("VERDICT")});
    parser.addOption({QStringLiteral("template"),
                      QCoreApplication::translate("ReviewAddCommand", "The feedback template used."),
                      QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("comment"),
         QCoreApplication::translate("ReviewAddCommand", "A comment on one criterion of the template (repeatable)."),
         QStringLiteral("CRITERION=TEXT")});
    parser.addOption(
        {QStringLiteral("criterion-verdict"),
         QCoreApplication::translate("ReviewAddCommand", "A verdict on one criterion of the template (repeatable): %1.")
             .arg(ReviewRepository::verdictList()),
         QStringLiteral("CRITERION=VERDICT")});
    parser.addOption({QStringLiteral("summary"),
                      QCoreApplication::translate("ReviewAddCommand", "An overall comment."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("date"),
                      QCoreApplication::translate("ReviewAddCommand", "The day of the review (default today)."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("mark-reviewed"),
                      QCoreApplication::translate("ReviewAddCommand",
                                                  "Also set the artefact's status to reviewed (needs approve).")});
}

Result<Review>
ReviewAddCommand::reviewFrom(const QCommandLineParser& parser, const Database& database, const QDate& today)
{
    using R = Result<Review>;
    Review r;
    auto artefactId =
        ArtefactCommandInput::number(parser.value(QStringLiteral("artefact")), QStringLiteral("--artefact"));
    auto reviewer = ArtefactCommandInput::person(database, parser.value(QStringLiteral("reviewer")));
    auto date = ArtefactCommandInput::date(parser, QStringLiteral("date"), today);
    if (!artefactId || !reviewer || !date)
        return R::failure(!artefactId ? artefactId.errorString()
                          : !reviewer ? QStringLiteral("--reviewer: ") + reviewer.errorString()
                                      : date.errorString());
    auto artefact = ArtefactCommandInput::artefact(database, *artefactId);
    if (!artefact)
        return R::failure(artefact.errorString());
    r.artefactId = *artefactId;
    r.reviewerId = *reviewer;
    r.reviewedOn = *date;
    r.verdict = parser.value(QStringLiteral("verdict")).trimmed();
    r.summary = parser.value(QStringLiteral("summary"));
    if (parser.isSet(QStringLiteral("template"))) {
        const QString name = parser.value(QStringLiteral("template"));
        auto t = ReviewRepository(database).templateNamed(artefact->communityId, name);
        if (!t || !t->has_value())
            return R::failure(
                t ? QCoreApplication::translate("ReviewAddCommand", "there is no feedback template named '%1'")
                        .arg(name)
                  : t.errorString());
        r.templateId = (*t)->id;
        auto comments = commentsFrom(parser.values(QStringLiteral("comment")), **t);
        if (!comments)
            return R::failure(comments.errorString());
        r.comments = *comments;
        if (Status s = addCriterionVerdicts(parser.values(QStringLiteral("criterion-verdict")), **t, r.comments); !s)
            return R::failure(s.errorString());
    } else if (parser.isSet(QStringLiteral("comment")) || parser.isSet(QStringLiteral("criterion-verdict"))) {
        return R::failure(
            QCoreApplication::translate("ReviewAddCommand", "--comment and --criterion-verdict need --template NAME"));
    }
    return r;
}

ExitCode ReviewAddCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    for (const char* option : {"artefact", "reviewer", "verdict"}) {
        if (!parser.isSet(QLatin1String(option)))
            return reportError(
                context,
                ExitCode::Usage,
                QCoreApplication::translate("ReviewAddCommand",
                                            "review add needs --artefact ID, --reviewer PERSON and --verdict VERDICT"));
    }
    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    auto review = reviewFrom(parser, **database, context.clock.today());
    if (!review)
        return reportError(context, ExitCode::Failure, review.errorString());
    Transaction transaction((*database)->connection());
    auto id = ReviewRepository(**database).add(*review);
    if (!id)
        return reportError(context, ExitCode::Failure, id.errorString());
    if (parser.isSet(QStringLiteral("mark-reviewed"))) {
        if (Status s = ArtefactRepository(**database).setStatus(review->artefactId, QStringLiteral("reviewed")); !s)
            return reportError(context, ExitCode::Failure, s.errorString());
    }
    if (Status s = transaction.commit(); !s)
        return reportError(context, ExitCode::Failure, s.errorString());
    context.out << QCoreApplication::translate("ReviewAddCommand", "Added review %1 of artefact %2 (%3).")
                       .arg(*id)
                       .arg(review->artefactId)
                       .arg(review->verdict)
                << Qt::endl;
    return ExitCode::Success;
}

} // namespace steward
