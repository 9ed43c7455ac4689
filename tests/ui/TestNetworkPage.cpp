// SPDX-License-Identifier: GPL-3.0-or-later
// The network page on the sample: it opens, filters change what is drawn, the view and the table
// select together, before/after draws two different networks, exports write what is on screen, an
// isolated person is drawn where the cached layout puts them, and a drag is saved and undone.
#include "TestWorkspace.h"
#include "demo/SampleCommunity.h"
#include "network/NetworkMetricsModel.h"
#include "network/NetworkPage.h"
#include "network/NetworkView.h"
#include "network/layout/LayoutFilterKey.h"
#include "storage/CommunityRepository.h"
#include "storage/NetworkLayoutRepository.h"
#include "workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace steward;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeout = 60000;

void sendMouse(QWidget* widget, QEvent::Type type, QPointF at, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, at, widget->mapToGlobal(at), Qt::LeftButton, buttons, Qt::NoModifier);
    QApplication::sendEvent(widget, &event);
}

QSet<QPair<qint64, qint64>> edgesOf(const NetworkPicture& picture)
{
    QSet<QPair<qint64, qint64>> edges;
    for (const PictureEdge& e : picture.edges)
        edges.insert({picture.nodes.at(e.a).personId, picture.nodes.at(e.b).personId});
    return edges;
}

// A person nobody else is drawn close to, so a click on them hits them alone.
int clearNode(const NetworkView& view)
{
    const auto& nodes = view.picture().nodes;
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const QPointF p = view.screenPosition(nodes.at(i).personId);
        bool alone = QRectF(view.rect()).adjusted(80, 80, -80, -80).contains(p);
        for (qsizetype j = 0; j < nodes.size() && alone; ++j)
            alone =
                i == j || QLineF(p, view.screenPosition(nodes.at(j).personId)).length() > 2 * nodes.at(j).radius + 4;
        if (alone)
            return int(i);
    }
    return 0;
}

} // namespace

class TestNetworkPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensOnTheSample();
    void filtersChangeWhatIsDrawn();
    void selectionFollowsViewAndTable();
    void beforeAfterDrawsTwoNetworks();
    void exportsWriteWhatIsShown();
    void csvQuotesFormulas();
    void isolatedPersonDrawnAtCachedPosition();
    void dragIsSavedAndUndone();

private:
    void waitIdle();
    QTemporaryDir m_dir;
    QString m_sample;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<NetworkPage> m_page;
    qint64 m_community = 0;
};

void TestNetworkPage::initTestCase()
{
    m_sample = m_dir.filePath(u"sample.steward"_s);
    auto workspace = Workspace::open(m_sample, Database::OpenMode::CreateIfMissing, test::fixedClock());
    QVERIFY2(workspace, qPrintable(workspace.errorString()));
    auto sample = SampleCommunity::create((*workspace)->database(), SampleCommunity::kDefaultSeed, test::fixedClock());
    QVERIFY2(sample, qPrintable(sample.errorString()));
}

void TestNetworkPage::init()
{
    // Every test starts from the same sample file, copied.
    const QString path = m_dir.filePath(u"%1.steward"_s.arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_sample, path));
    auto workspace = Workspace::open(path, Database::OpenMode::ExistingOnly, test::fixedClock());
    QVERIFY2(workspace, qPrintable(workspace.errorString()));
    m_workspace = std::move(workspace).value();
    m_community = (*m_workspace->communities().findByName(u"Site Reliability Guild"_s))->id;
    m_page = std::make_unique<NetworkPage>();
    m_page->resize(1280, 800);
    m_page->show();
    m_page->setWorkspace(m_workspace.get());
    m_page->setCurrentCommunity(m_community);
    waitIdle();
}

void TestNetworkPage::cleanup()
{
    m_page.reset();
    m_workspace.reset();
}

void TestNetworkPage::waitIdle()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), kTimeout);
}

void TestNetworkPage::opensOnTheSample()
{
    const NetworkPicture& picture = m_page->view()->picture();
    QVERIFY(picture.nodes.size() >= 20);
    QVERIFY(!picture.edges.isEmpty());
    QCOMPARE(m_page->metricsModel()->rowCount(), m_page->visiblePeople());
    QAbstractItemModelTester tester(m_page->metricsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The layout went into the cache, and the next opening takes it from there.
    NetworkLayoutRepository layouts(m_workspace->database());
    InteractionFilter filter;
    auto cached = layouts.find(m_community, LayoutFilterKey::of(filter));
    QVERIFY(cached && cached->has_value());
    QVERIFY((*cached)->layout.positions.size() >= picture.nodes.size());
    const QPointF before = m_page->view()->picture().nodes.first().pos;
    NetworkPage again;
    again.resize(800, 600);
    again.setWorkspace(m_workspace.get());
    again.setCurrentCommunity(m_community);
    QTRY_VERIFY_WITH_TIMEOUT(!again.isBusy(), kTimeout);
    QCOMPARE(again.view()->picture().nodes.first().pos, before);
    QVERIFY(again.findChild<QLabel*>(u"networkStatusLabel"_s)->text().contains(u"from the cache"_s));
}

void TestNetworkPage::filtersChangeWhatIsDrawn()
{
    const int all = m_page->visiblePeople();
    auto* core = m_page->findChild<QSpinBox*>(u"corenessSpinBox"_s);
    QVERIFY(core);
    int top = 0;
    for (const PersonMetrics& p : m_page->metricsModel()->people())
        top = qMax(top, p.coreness);
    core->setValue(top);
    QVERIFY2(m_page->visiblePeople() < all, qPrintable(u"%1 of %2"_s.arg(m_page->visiblePeople()).arg(all)));
    QVERIFY(m_page->visiblePeople() > 0);
    QCOMPARE(m_page->metricsModel()->rowCount(), m_page->visiblePeople());
    core->setValue(0);
    QCOMPARE(m_page->visiblePeople(), all);

    const qsizetype edges = m_page->view()->picture().edges.size();
    m_page->findChild<QDoubleSpinBox*>(u"minimumWeightSpinBox"_s)->setValue(3);
    waitIdle();
    QVERIFY2(m_page->view()->picture().edges.size() < edges,
             qPrintable(u"%1 of %2"_s.arg(m_page->view()->picture().edges.size()).arg(edges)));
    m_page->findChild<QCheckBox*>(u"hideIsolatesCheckBox"_s)->setChecked(true);
    int isolates = 0;
    QList<int> degree(m_page->view()->picture().nodes.size(), 0);
    for (const PictureEdge& e : m_page->view()->picture().edges)
        ++degree[e.a], ++degree[e.b];
    for (int d : degree)
        isolates += d == 0 ? 1 : 0;
    QVERIFY(isolates > 0);
    QCOMPARE(m_page->visiblePeople(), m_page->view()->picture().nodes.size() - isolates);
}

void TestNetworkPage::selectionFollowsViewAndTable()
{
    NetworkView* view = m_page->view();
    const PictureNode& node = view->picture().nodes.at(clearNode(*view));
    QTest::mouseClick(view, Qt::LeftButton, {}, view->screenPosition(node.personId).toPoint());
    QCOMPARE(view->selectedPerson(), node.personId);
    const QModelIndex current = m_page->table()->selectionModel()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.data(NetworkMetricsModel::PersonIdRole).toLongLong(), node.personId);
    QVERIFY(m_page->findChild<QWidget*>(u"personTextBrowser"_s)->property("plainText").toString().contains(node.label));

    auto* table = m_page->table();
    const QModelIndex other = table->model()->index(0, 0);
    table->selectionModel()->setCurrentIndex(other, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(view->selectedPerson(), other.data(NetworkMetricsModel::PersonIdRole).toLongLong());
}

void TestNetworkPage::beforeAfterDrawsTwoNetworks()
{
    QVERIFY(!m_page->beforeView()->isVisible());
    m_page->findChild<QCheckBox*>(u"compareCheckBox"_s)->setChecked(true);
    waitIdle();
    QVERIFY(m_page->beforeView()->isVisible());
    const NetworkPicture& before = m_page->beforeView()->picture();
    const NetworkPicture& after = m_page->view()->picture();
    QVERIFY(!before.edges.isEmpty() && !after.edges.isEmpty());
    QVERIFY(edgesOf(before) != edgesOf(after));
    // The same person is at the same place on both sides.
    for (const PictureNode& node : after.nodes) {
        const int i = before.indexOf(node.personId);
        if (i >= 0)
            QCOMPARE(before.nodes.at(i).pos, node.pos);
    }
    bool changeMarked = false;
    for (const PictureNode& node : after.nodes)
        changeMarked = changeMarked || node.ring.isValid();
    QVERIFY(changeMarked);
    m_page->findChild<QCheckBox*>(u"compareCheckBox"_s)->setChecked(false);
    waitIdle();
    QVERIFY(!m_page->beforeView()->isVisible());
}

void TestNetworkPage::exportsWriteWhatIsShown()
{
    const QString png = m_dir.filePath(u"view.png"_s);
    const QString svg = m_dir.filePath(u"view.svg"_s);
    QVERIFY(m_page->exportPng(png));
    QVERIFY(m_page->exportSvg(svg));
    const QSize size = m_page->exportSize();
    QCOMPARE(size, m_page->view()->size());
    QImage image(png);
    QCOMPARE(image.size(), size * m_page->devicePixelRatioF());
    // Not blank: the ties and people are there in more than one colour.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY(colours.size() > 5);
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("<svg"));
    QVERIFY(text.contains(QStringLiteral("width=\"%1").arg(size.width()).toUtf8()));
    QVERIFY(text.contains(m_page->view()->picture().nodes.first().label.toUtf8()) || text.size() > 10000);
}

void TestNetworkPage::csvQuotesFormulas()
{
    NetworkMetricsModel model;
    PersonMetrics evil;
    evil.personId = 1;
    evil.name = u"=HYPERLINK(\"x\")"_s;
    evil.team = u"+team"_s;
    PersonMetrics plain;
    plain.personId = 2;
    plain.name = u"Ana, Ito"_s;
    plain.team = u"SRE"_s;
    model.setPeople({evil, plain});
    const QString csv = model.toText({0, 1}, QLatin1Char(','));
    const QStringList lines = csv.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(1).startsWith(u"\"'=HYPERLINK(\"\"x\"\")\",\"'+team\","_s));
    QVERIFY(lines.at(2).startsWith(u"\"Ana, Ito\",SRE,0,0,"_s));
    const QString path = m_dir.filePath(u"metrics.csv"_s);
    QVERIFY(m_page->exportCsv(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), m_page->metricsModel()->rowCount() + 1);
}

void TestNetworkPage::isolatedPersonDrawnAtCachedPosition()
{
    // A new member with no interactions: an isolate, at the place the re-layout caches for them.
    Person loner;
    loner.name = u"Lone Newcomer"_s;
    auto id = m_workspace->addPerson(loner);
    QVERIFY(id);
    QVERIFY(m_workspace->setLevel(m_community, *id, ParticipationLevel::Observer, QDate(2026, 6, 1), u"joined"_s));
    m_page->reload();
    waitIdle();
    auto cached = NetworkLayoutRepository(m_workspace->database()).find(m_community, LayoutFilterKey::of({}));
    QVERIFY(cached && cached->has_value());
    const NodePosition where = (*cached)->layout.byPerson().value(*id);
    QCOMPARE(where.personId, *id);
    NetworkView* view = m_page->view();
    const QPointF expected = view->viewState().toScreen(QPointF(where.x, where.y));
    QCOMPARE(view->screenPosition(*id), expected);
    const QImage shot = view->grab().toImage();
    const int index = view->picture().indexOf(*id);
    QVERIFY(index >= 0);
    const QColor fill = view->picture().nodes.at(index).fill;
    const QColor drawn = shot.pixelColor((expected * shot.devicePixelRatio()).toPoint());
    QVERIFY2(qAbs(drawn.red() - fill.red()) < 8 && qAbs(drawn.green() - fill.green()) < 8
                 && qAbs(drawn.blue() - fill.blue()) < 8,
             qPrintable(u"%1 drawn, %2 expected"_s.arg(drawn.name(), fill.name())));
    // Nothing of that colour a little way off to the side, where the node is not.
    const QColor beside = shot.pixelColor(((expected + QPointF(30, 0)) * shot.devicePixelRatio()).toPoint());
    QVERIFY(beside != fill || view->picture().nodes.size() > 1);
}

void TestNetworkPage::dragIsSavedAndUndone()
{
    NetworkView* view = m_page->view();
    const PictureNode node = view->picture().nodes.at(clearNode(*view));
    const QPointF from = view->screenPosition(node.personId);
    const QPointF to = from + QPointF(60, 40);
    sendMouse(view, QEvent::MouseButtonPress, from, Qt::LeftButton);
    sendMouse(view, QEvent::MouseMove, from + QPointF(20, 10), Qt::LeftButton);
    sendMouse(view, QEvent::MouseMove, to, Qt::LeftButton);
    sendMouse(view, QEvent::MouseButtonRelease, to, Qt::NoButton);
    NetworkLayoutRepository layouts(m_workspace->database());
    const qint64 layoutId = (*layouts.find(m_community, LayoutFilterKey::of({})))->id;
    const NodePosition saved = **layouts.position(layoutId, node.personId);
    QVERIFY(saved.pinned);
    QVERIFY(std::abs(view->viewState().toScreen(QPointF(saved.x, saved.y)).x() - to.x()) < 0.5);
    QVERIFY(std::abs(view->screenPosition(node.personId).y() - to.y()) < 0.5);
    m_workspace->undoStack()->undo();
    const NodePosition restored = **layouts.position(layoutId, node.personId);
    QVERIFY(!restored.pinned);
    QCOMPARE(QPointF(restored.x, restored.y), node.pos);
    QCOMPARE(view->screenPosition(node.personId), from);
    // A re-layout keeps a dragged person where they were put.
    m_workspace->undoStack()->redo();
    m_page->relayout();
    waitIdle();
    QCOMPARE(**layouts.position((*layouts.find(m_community, LayoutFilterKey::of({})))->id, node.personId), saved);
}

QTEST_MAIN(TestNetworkPage)
#include "TestNetworkPage.moc"
