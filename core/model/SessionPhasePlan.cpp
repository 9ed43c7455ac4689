// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionPhasePlan.h"

#include <QCoreApplication>

#include <algorithm>

namespace steward {

namespace {

struct PhaseText
{
    const char* name;
    int minutes;
    const char* prompt;
};

// A table marked for lupdate with QT_TRANSLATE_NOOP, translated when a plan is asked for. Lengths add up to the
// format's usual session; the prompts follow the formats as the source describes them.
QList<PhaseText> phaseTexts(SessionFormat format)
{
    switch (format) {
    case SessionFormat::CaseRound:
        return {
            {QT_TRANSLATE_NOOP("SessionPhasePlan", "Check-in"),
             5,
             QT_TRANSLATE_NOOP("SessionPhasePlan", "Who is here, and what do you hope to take away today?")},
            {QT_TRANSLATE_NOOP("SessionPhasePlan", "The case"),
             10,
             QT_TRANSLATE_NOOP("SessionPhasePlan",
                               "The case giver describes the situation, what they tried and where they are stuck.")},
            {QT_TRANSLATE_NOOP("SessionPhasePlan", "Clarifying questions"),
             10,
             QT_TRANSLATE_NOOP("SessionPhasePlan", "Questions of fact only: what happened, who, under which limits.")},
            {QT_TRANSLATE_NOOP("SessionPhasePlan", "Advice round"),
             20,
             QT_TRANSLATE_NOOP("SessionPhasePlan",
                               "Each person offers one idea or experience; the case giver listens without answering.")},
            {QT_TRANSLATE_NOOP("SessionPhasePlan", "Case giver reflects"),
             10,
             QT_TRANSLATE_NOOP("SessionPhasePlan", "What was useful? What will you try next?")},
            {QT_TRANSLATE_NOOP("SessionPhasePlan", "Capture learnings"),
             5,
             QT_TRANSLATE_NOOP("SessionPhasePlan", "Write down the heuristics worth keeping in the repertoire.")},
        };
    case SessionFormat::DecisionWalkthrough:
        return {
            {QT_TRANSLATE_NOOP("SessionPhasePlan", "Context"),
             10,
             QT_TRANSLATE_NOOP("SessionPhasePlan", "What was decided, when, and what did we know at the time?")},
            {QT_TRANSLATE_NOOP("SessionPhasePlan", "Options"),
             15,
             QT_TRANSLATE_NOOP("SessionPhasePlan",
                               "Which options were on the table, and which were never considered?")},
            {QT_TRANSLATE_NOOP("SessionPhasePlan", "Reasoning"),
             15,
             QT_TRANSLATE_NOOP("SessionPhasePlan", "Walk through the trade-offs and the signals that tipped it.")},
            {QT_TRANSLATE_NOOP("SessionPhasePlan", "Hindsight"),
             15,
             QT_TRANSLATE_NOOP("SessionPhasePlan", "What happened next? What would we decide now, and why?")},
            {QT_TRANSLATE_NOOP("SessionPhasePlan", "Capture learnings"),
             5,
             QT_TRANSLATE_NOOP("SessionPhasePlan", "Turn the reasoning into a decision record or a checklist.")},
        };
    case SessionFormat::IncidentRetrospective:
        return {
            {QT_TRANSLATE_NOOP("SessionPhasePlan", "Set the stage"),
             5,
             QT_TRANSLATE_NOOP("SessionPhasePlan", "Restate the blameless norm: we look at systems, not culprits.")},
            {QT_TRANSLATE_NOOP("SessionPhasePlan", "Timeline"),
             15,
             QT_TRANSLATE_NOOP("SessionPhasePlan", "Rebuild what happened, step by step, from the evidence.")},
            {QT_TRANSLATE_NOOP("SessionPhasePlan", "Contributing factors"),
             15,
             QT_TRANSLATE_NOOP("SessionPhasePlan",
                               "What made the incident possible, and what made it worse or better?")},
            {QT_TRANSLATE_NOOP("SessionPhasePlan", "What went well"),
             10,
             QT_TRANSLATE_NOOP("SessionPhasePlan", "Which practices, tools or people helped us recover?")},
            {QT_TRANSLATE_NOOP("SessionPhasePlan", "Actions"),
             10,
             QT_TRANSLATE_NOOP("SessionPhasePlan", "Agree on a few concrete follow-ups, each with an owner.")},
            {QT_TRANSLATE_NOOP("SessionPhasePlan", "Close"),
             5,
             QT_TRANSLATE_NOOP("SessionPhasePlan", "One sentence each: what will you do differently?")},
        };
    case SessionFormat::ThinkPairShare:
        return {
            {QT_TRANSLATE_NOOP("SessionPhasePlan", "Think"),
             5,
             QT_TRANSLATE_NOOP("SessionPhasePlan", "Alone and in silence: note your own answer to the question.")},
            {QT_TRANSLATE_NOOP("SessionPhasePlan", "Pair"),
             10,
             QT_TRANSLATE_NOOP("SessionPhasePlan", "In pairs: compare your answers and build on each other's.")},
            {QT_TRANSLATE_NOOP("SessionPhasePlan", "Share"),
             15,
             QT_TRANSLATE_NOOP("SessionPhasePlan", "Each pair shares its best idea with the room.")},
        };
    case SessionFormat::MicroTeach:
        return {
            {QT_TRANSLATE_NOOP("SessionPhasePlan", "Teach"),
             7,
             QT_TRANSLATE_NOOP("SessionPhasePlan", "One member teaches a tool, a technique or an insight.")},
            {QT_TRANSLATE_NOOP("SessionPhasePlan", "Questions"),
             3,
             QT_TRANSLATE_NOOP("SessionPhasePlan", "Quick questions, and where to learn more.")},
        };
    case SessionFormat::PblCycle:
        return {
            {QT_TRANSLATE_NOOP("SessionPhasePlan", "The problem"),
             10,
             QT_TRANSLATE_NOOP("SessionPhasePlan", "Present the real problem and what success would look like.")},
            {QT_TRANSLATE_NOOP("SessionPhasePlan", "What we know"),
             15,
             QT_TRANSLATE_NOOP("SessionPhasePlan", "List the facts, the assumptions and what we still need to learn.")},
            {QT_TRANSLATE_NOOP("SessionPhasePlan", "Work the problem"),
             40,
             QT_TRANSLATE_NOOP("SessionPhasePlan",
                               "Small cross-functional groups investigate; the rotating facilitator keeps time.")},
            {QT_TRANSLATE_NOOP("SessionPhasePlan", "Report back"),
             15,
             QT_TRANSLATE_NOOP("SessionPhasePlan", "Each group shares its findings and open questions.")},
            {QT_TRANSLATE_NOOP("SessionPhasePlan", "Capture learnings"),
             10,
             QT_TRANSLATE_NOOP("SessionPhasePlan",
                               "Write down what we learned and hand over to the next facilitator.")},
        };
    case SessionFormat::PeerReview:
        return {
            {QT_TRANSLATE_NOOP("SessionPhasePlan", "Context"),
             5,
             QT_TRANSLATE_NOOP("SessionPhasePlan", "The author says what the work is for and which feedback helps.")},
            {QT_TRANSLATE_NOOP("SessionPhasePlan", "Silent reading"),
             10,
             QT_TRANSLATE_NOOP("SessionPhasePlan", "Read the work against the shared feedback template.")},
            {QT_TRANSLATE_NOOP("SessionPhasePlan", "Feedback round"),
             20,
             QT_TRANSLATE_NOOP("SessionPhasePlan",
                               "Each reviewer follows the template: strengths, questions, suggestions.")},
            {QT_TRANSLATE_NOOP("SessionPhasePlan", "Author responds"),
             7,
             QT_TRANSLATE_NOOP("SessionPhasePlan", "The author says what they will take on.")},
            {QT_TRANSLATE_NOOP("SessionPhasePlan", "Verdicts"),
             3,
             QT_TRANSLATE_NOOP("SessionPhasePlan", "Record the verdicts and the follow-ups.")},
        };
    case SessionFormat::Mastermind:
        return {
            {QT_TRANSLATE_NOOP("SessionPhasePlan", "Check-in"),
             10,
             QT_TRANSLATE_NOOP("SessionPhasePlan", "Each member: progress on the goal set last time.")},
            {QT_TRANSLATE_NOOP("SessionPhasePlan", "Hot seats"),
             65,
             QT_TRANSLATE_NOOP("SessionPhasePlan",
                               "Focused time per member: present the challenge, take questions, receive advice.")},
            {QT_TRANSLATE_NOOP("SessionPhasePlan", "Check-out"),
             15,
             QT_TRANSLATE_NOOP("SessionPhasePlan", "Each member names one commitment for the next meeting.")},
        };
    case SessionFormat::Ama:
        return {
            {QT_TRANSLATE_NOOP("SessionPhasePlan", "Introduction"),
             5,
             QT_TRANSLATE_NOOP("SessionPhasePlan", "The host introduces the expert and the ground rules.")},
            {QT_TRANSLATE_NOOP("SessionPhasePlan", "Questions"),
             35,
             QT_TRANSLATE_NOOP("SessionPhasePlan", "Questions from the room and the channel, most voted first.")},
            {QT_TRANSLATE_NOOP("SessionPhasePlan", "Wrap-up"),
             5,
             QT_TRANSLATE_NOOP("SessionPhasePlan", "Where to go next: links, people, follow-up sessions.")},
        };
    case SessionFormat::DemoDay:
        return {
            {QT_TRANSLATE_NOOP("SessionPhasePlan", "Welcome"),
             5,
             QT_TRANSLATE_NOOP("SessionPhasePlan", "The running order and the time per demo.")},
            {QT_TRANSLATE_NOOP("SessionPhasePlan", "Demos"),
             45,
             QT_TRANSLATE_NOOP("SessionPhasePlan", "Each presenter shows real work in a short, timed slot.")},
            {QT_TRANSLATE_NOOP("SessionPhasePlan", "Feedback"),
             10,
             QT_TRANSLATE_NOOP("SessionPhasePlan", "Questions, kudos and offers of help.")},
        };
    case SessionFormat::PracticeSharing:
        return {
            {QT_TRANSLATE_NOOP("SessionPhasePlan", "Check-in"),
             5,
             QT_TRANSLATE_NOOP("SessionPhasePlan", "What has changed in your practice since last time?")},
            {QT_TRANSLATE_NOOP("SessionPhasePlan", "Practice stories"),
             30,
             QT_TRANSLATE_NOOP("SessionPhasePlan",
                               "Two or three members share a practice that worked, or one that failed.")},
            {QT_TRANSLATE_NOOP("SessionPhasePlan", "Discussion"),
             20,
             QT_TRANSLATE_NOOP("SessionPhasePlan", "How could others adapt it? What would stop them?")},
            {QT_TRANSLATE_NOOP("SessionPhasePlan", "Capture learnings"),
             5,
             QT_TRANSLATE_NOOP("SessionPhasePlan", "Add what is worth keeping to the repertoire.")},
        };
    }
    return {};
}

} // namespace

QList<SessionPhase> SessionPhasePlan::defaultFor(SessionFormat format)
{
    QList<SessionPhase> phases;
    for (const PhaseText& text : phaseTexts(format)) {
        phases.append({QCoreApplication::translate("SessionPhasePlan", text.name),
                       text.minutes,
                       QCoreApplication::translate("SessionPhasePlan", text.prompt)});
    }
    return phases;
}

int SessionPhasePlan::usualMinutes(SessionFormat format)
{
    int total = 0;
    for (const PhaseText& text : phaseTexts(format))
        total += text.minutes;
    return total;
}

QList<SessionPhase> SessionPhasePlan::fitted(const QList<SessionPhase>& phases, int minutes)
{
    QList<SessionPhase> result = phases;
    int total = 0;
    for (const SessionPhase& phase : phases)
        total += std::max(0, phase.minutes);
    if (phases.isEmpty() || total <= 0 || minutes <= 0 || minutes == total)
        return result;
    if (minutes <= phases.size()) {
        for (SessionPhase& phase : result)
            phase.minutes = 1;
        return result;
    }
    // Shares in proportion, rounded down; the largest remainders take what is left, the longest phases give
    // back what the one-minute floor added.
    QList<QPair<qint64, int>> remainders; // (remainder, index)
    int sum = 0;
    for (qsizetype i = 0; i < phases.size(); ++i) {
        const qint64 share = qint64(std::max(0, phases.at(i).minutes)) * minutes;
        result[i].minutes = std::max(1, int(share / total));
        sum += result.at(i).minutes;
        remainders.append({share % total, int(i)});
    }
    std::stable_sort(
        remainders.begin(), remainders.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (qsizetype k = 0; sum < minutes; k = (k + 1) % remainders.size(), ++sum)
        result[remainders.at(k).second].minutes += 1;
    while (sum > minutes) {
        auto longest = std::max_element(
            result.begin(), result.end(), [](const auto& a, const auto& b) { return a.minutes < b.minutes; });
        longest->minutes -= 1;
        --sum;
    }
    return result;
}

} // namespace steward
