// SPDX-License-Identifier: GPL-3.0-or-later
// Not a test: renders the Sessions page and facilitator mode on the sample for packaging/screenshots:
//   xvfb-run -a -s "-screen 0 1280x800x24" steward_sessions_screenshots OUTPUT_DIR [--all] [--lang de]
#include "MainWindow.h"
#include "TestWorkspace.h"
#include "TranslatorLoader.h"
#include "WorkspacePage.h"
#include "schedule/FacilitatorTimer.h"
#include "schedule/FacilitatorTimerClock.h"
#include "sessions/FacilitatorWindow.h"
#include "sessions/SessionAgendaView.h"
#include "sessions/SessionEditor.h"
#include "sessions/SessionsPage.h"
#include "storage/SessionPairingRepository.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;

namespace {

/** A clock the tool moves by hand, so the countdown shows a believable moment of the meeting. */
class StillClock : public FacilitatorTimerClock
{
public:
    qint64 elapsedMs() const override { return now; }
    qint64 now = 0;
};

bool save(QWidget& window, const QString& path)
{
    QTest::qWait(300);
    const bool saved = window.grab().save(path);
    qInfo("%s %s", saved ? "wrote" : "could not write", qPrintable(path));
    return saved;
}

/** The latest past think-pair-share occurrence with stored pairs in the current community, if any. */
std::optional<SessionOccurrence> pairedThinkPairShare(SessionsPage& page, Workspace& workspace)
{
    const QList<SessionOccurrence> all = page.catalog().occurrences();
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        const auto session = page.catalog().session(it->sessionId);
        if (!session || session->format != SessionFormat::ThinkPairShare || it->end > test::fixedNow())
            continue;
        auto pairing = SessionPairingRepository(workspace.database()).find(it->sessionId, it->date);
        if (pairing && !pairing->seats.isEmpty())
            return *it;
    }
    return std::nullopt;
}

} // namespace

/** The Roles tab of the sample's incident retrospective, on its next occurrence. */
bool saveRoles(QWidget& window, SessionsPage& page, QComboBox& communities, const QString& path)
{
    const QDate today = test::fixedNow().date();
    for (int i = 0; i < communities.count(); ++i) {
        communities.setCurrentIndex(i);
        for (const Session& session : page.catalog().sessions()) {
            if (session.format != SessionFormat::IncidentRetrospective || !session.isSeries())
                continue;
            for (const SessionOccurrence& occurrence : session.occurrences()) {
                if (occurrence.start.date() >= today) {
                    page.showAgenda();
                    page.selectOccurrence(session.id, occurrence.date);
                    page.findChild<QTabWidget*>(u"sessionTabs"_s)->setCurrentIndex(3);
                    return save(window, path);
                }
            }
        }
    }
    return false;
}

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(u"StewardScreenshots"_s);
    QApplication::setApplicationName(u"Steward"_s);
    const QDir output(app.arguments().value(1, u"."_s));
    if (const int lang = app.arguments().indexOf(u"--lang"_s); lang > 0)
        TranslatorLoader::install(app, QLocale(app.arguments().value(lang + 1)));
    QTemporaryDir dir;
    MainWindow window(test::fixedClock());
    window.resize(1180, 720);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !window.openSample(dir.filePath(u"sample.steward"_s), false))
        return 1;
    window.statusBar()->clearMessage();
    // How wide each page insists on being: the window cannot shrink below the widest (TestMainWindow wants 900).
    for (const WorkspacePage* each : window.findChildren<WorkspacePage*>())
        qInfo("%s minimum width %d", qPrintable(each->objectName()), each->minimumSizeHint().width());
    auto* page = window.findChild<SessionsPage*>();
    auto* navigation = window.findChild<QListWidget*>(u"navigationListWidget"_s);
    for (int row = 0; row < navigation->count(); ++row) {
        if (navigation->item(row)->text() == SessionsPage::tr("Sessions"))
            navigation->setCurrentRow(row);
    }
    // The first community with a think-pair-share that has pairs: its attendance on the right.
    auto* communities = window.findChild<QComboBox*>(u"communityComboBox"_s);
    std::optional<SessionOccurrence> paired;
    for (int i = 0; i < communities->count() && !paired; ++i) {
        communities->setCurrentIndex(i);
        paired = pairedThinkPairShare(*page, *window.workspace());
    }
    if (!paired)
        return 1;
    page->selectOccurrence(paired->sessionId, paired->date);
    page->findChild<QTabWidget*>(u"sessionTabs"_s)->setCurrentIndex(1);
    bool ok = save(window, output.filePath(u"sessions.png"_s));
    page->showMonth();
    page->findChild<QTabWidget*>(u"sessionTabs"_s)->setCurrentIndex(0);
    ok = save(window, output.filePath(u"sessions-month.png"_s)) && ok;

    if (app.arguments().contains(u"--all"_s)) { // the dialogs too, for reviewing them
        auto content = SessionCommandContent::load(window.workspace()->database(), paired->sessionId);
        SessionEditor editor(*window.workspace(), page->catalog(), *content, &window);
        editor.show();
        auto* tabs = editor.findChild<QTabWidget*>(u"sessionEditorTabs"_s);
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            save(editor, output.filePath(u"session-editor-%1.png"_s.arg(tab)));
        }
        page->findChild<QTabWidget*>(u"sessionTabs"_s)->setCurrentIndex(2);
        save(window, output.filePath(u"sessions-pairings.png"_s));
        page->findChild<QTabWidget*>(u"sessionTabs"_s)->setCurrentIndex(4);
        save(window, output.filePath(u"sessions-history.png"_s));
    }
    ok = saveRoles(window, *page, *communities, output.filePath(u"session-roles.png"_s)) && ok;

    // Facilitator mode in the pair phase, 40 s before its end.
    StillClock clock;
    page->setFacilitatorClock(&clock);
    FacilitatorWindow* facilitator = page->facilitate(false);
    if (!facilitator)
        return 1;
    facilitator->resize(1280, 800);
    if (!QTest::qWaitForWindowExposed(facilitator))
        return 1;
    QTest::keyClick(facilitator, Qt::Key_Right);
    QTest::keyClick(facilitator, Qt::Key_Space);
    clock.now = facilitator->timer().allottedMs() - 40'000;
    facilitator->notesEdit()->setPlainText(u"Pairs across teams found shared causes fast."_s);
    facilitator->refresh();
    ok = save(*facilitator, output.filePath(u"facilitator.png"_s)) && ok;
    facilitator->hide(); // not closed: the sample is thrown away, nothing to write back
    return ok ? 0 : 1;
}
