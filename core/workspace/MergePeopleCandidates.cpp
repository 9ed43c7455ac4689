// SPDX-License-Identifier: GPL-3.0-or-later
#include "MergePeopleCandidates.h"

#include "import/activity/PersonMatcher.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace steward {

namespace {

QSet<QString> wordsOf(const QString& looseKey)
{
    QSet<QString> words;
    // Handles split too: "ana.lima" and "Ana Lima" share their words.
    static const QRegularExpression separators(QStringLiteral(R"([^\p{L}\p{N}]+)"));
    for (const QString& word : looseKey.split(separators, Qt::SkipEmptyParts)) {
        if (word.size() >= 3)
            words.insert(word);
    }
    return words;
}

int likelihood(const Person& person, const Person& source, qint64 suggestedId)
{
    if (person.id == suggestedId)
        return 4;
    const QString sourceKey = PersonMatcher::looseNameKey(source.name);
    const QString key = PersonMatcher::looseNameKey(person.name);
    if (key == sourceKey)
        return 3;
    const QSet<QString> sourceWords = wordsOf(sourceKey);
    const QSet<QString> words = wordsOf(key);
    if (!words.isEmpty() && words == sourceWords)
        return 2;
    return words.intersects(sourceWords) ? 1 : 0;
}

} // namespace

QList<MergeCandidate> mergeCandidates(const QList<Person>& people, const Person& source, qint64 suggestedId)
{
    QList<MergeCandidate> candidates;
    for (const Person& person : people) {
        if (person.id != source.id)
            candidates.append({person, likelihood(person, source, suggestedId)});
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const MergeCandidate& a, const MergeCandidate& b) {
        if (a.likelihood != b.likelihood)
            return a.likelihood > b.likelihood;
        return a.person.name.localeAwareCompare(b.person.name) < 0;
    });
    return candidates;
}

} // namespace steward
