// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Person.h"

#include <QList>

namespace steward {

/** A person the source could be merged into, and how likely they are the same. */
struct MergeCandidate
{
    Person person;
    int likelihood = 0; // 0: not a likely match; higher first
};

/**
 * Everyone but the source, likely matches first: the import's suggestion, then the same name compared
 * without accents (the import's PersonMatcher keys), then the same words in another order, then a shared
 * word of three letters or more; then everyone else by name.
 */
QList<MergeCandidate> mergeCandidates(const QList<Person>& people, const Person& source, qint64 suggestedId);

} // namespace steward
