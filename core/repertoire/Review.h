// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace steward {

/** One criterion of a feedback template, with the short prompt a reviewer answers. */
struct FeedbackCriterion
{
    qint64 id = 0;
    int position = 0;
    QString name;
    QString prompt;
};

/** A shared feedback template (e.g. clarity, correctness, reusability, risk); communityId 0 = every community. */
struct FeedbackTemplate
{
    qint64 id = 0;
    qint64 communityId = 0;
    QString name;
    QList<FeedbackCriterion> criteria;
};

/** What a reviewer said about one criterion. */
struct ReviewComment
{
    qint64 criterionId = 0;
    QString criterion; // the criterion's name, filled when read
    QString comment;
    QString verdict; // one of Review::verdicts() for this criterion, or empty: none given
};

/** A peer review of an artefact's version against a template, with a verdict. */
struct Review
{
    qint64 id = 0;
    qint64 artefactId = 0;
    int versionNo = 0; // 0 on add: the newest version
    qint64 reviewerId = 0;
    qint64 templateId = 0;
    QString verdict = QStringLiteral("approve");
    QString summary;
    QDate reviewedOn;
    QList<ReviewComment> comments;

    static QStringList verdicts()
    {
        return {QStringLiteral("approve"), QStringLiteral("changes"), QStringLiteral("reject")};
    }
    static QString verdictDisplayName(const QString& verdict);
};

} // namespace steward
