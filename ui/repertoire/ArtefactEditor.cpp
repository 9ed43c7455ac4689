// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArtefactEditor.h"

#include "repertoire/ArtefactAuthorsPicker.h"
#include "repertoire/ArtefactMarkdownEdit.h"
#include "repertoire/ArtefactRepository.h"
#include "repertoire/ReviewDialog.h"
#include "repertoire/ReviewRepository.h"
#include "repertoire/TextDiff.h"
#include "storage/SessionRepository.h"
#include "workspace/EditArtefactCommand.h"
#include "workspace/SaveArtefactCommand.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace steward {

ArtefactEditor::ArtefactEditor(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_statusChoice(new QComboBox(this))
    , m_tags(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_authors(new ArtefactAuthorsPicker(this))
    , m_body(new ArtefactMarkdownEdit(this))
    , m_save(new QPushButton(tr("Save version"), this))
    , m_error(new QLabel(this))
{
    m_title->setObjectName(QStringLiteral("titleLineEdit"));
    m_kind->setObjectName(QStringLiteral("artefactKindComboBox"));
    for (const QString& kind : Artefact::kinds())
        m_kind->addItem(Artefact::kindDisplayName(kind), kind);
    m_statusChoice->setObjectName(QStringLiteral("artefactStatusComboBox"));
    m_statusChoice->setToolTip(tr("'Reviewed' needs at least one approving review."));
    for (const QString& status : Artefact::statuses())
        m_statusChoice->addItem(Artefact::statusDisplayName(status), status);
    m_tags->setObjectName(QStringLiteral("tagsLineEdit"));
    m_tags->setPlaceholderText(tr("Tags of the community, separated by spaces"));
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_authors->setMaximumHeight(110);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setToolTip(tr("Every save is a new version; Undo takes it back."));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b91c1c"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);

    auto* kindAndStatus = new QHBoxLayout;
    kindAndStatus->addWidget(m_kind, 1);
    kindAndStatus->addWidget(new QLabel(tr("Status"), this));
    kindAndStatus->addWidget(m_statusChoice, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Kind"), kindAndStatus);
    form->addRow(tr("Tags"), m_tags);
    form->addRow(QString(), m_status);
    auto* authors = new QVBoxLayout;
    authors->addWidget(new QLabel(tr("Authors"), this));
    authors->addWidget(m_authors);
    auto* top = new QHBoxLayout;
    top->addLayout(form, 3);
    top->addLayout(authors, 2);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_error, 1);
    saveRow->addWidget(m_save);
    auto* tabs = new QTabWidget(this);
    tabs->addTab(createHistoryTab(), tr("Versions"));
    tabs->addTab(createReviewsTab(), tr("Reviews"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_body, 3);
    layout->addLayout(saveRow);
    layout->addWidget(tabs, 2);

    connect(m_save, &QPushButton::clicked, this, &ArtefactEditor::save);
    setArtefact(nullptr, 0);
}

QWidget* ArtefactEditor::createHistoryTab()
{
    auto* tab = new QWidget(this);
    m_versions = new QListWidget(tab);
    m_versions->setObjectName(QStringLiteral("versionsListWidget"));
    m_restore = new QPushButton(tr("Restore this version"), tab);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setToolTip(tr("Saves the chosen version again as the newest one; history is never rewritten."));
    m_compare = new QComboBox(tab);
    m_compare->setObjectName(QStringLiteral("compareComboBox"));
    m_diff = new QPlainTextEdit(tab);
    m_diff->setObjectName(QStringLiteral("diffTextEdit"));
    m_diff->setReadOnly(true);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto* left = new QVBoxLayout;
    left->addWidget(m_versions, 1);
    left->addWidget(m_restore);
    auto* compare = new QHBoxLayout;
    compare->addWidget(new QLabel(tr("Changes since"), tab));
    compare->addWidget(m_compare, 1);
    auto* right = new QVBoxLayout;
    right->addLayout(compare);
    right->addWidget(m_diff, 1);
    auto* layout = new QHBoxLayout(tab);
    layout->addLayout(left, 2);
    layout->addLayout(right, 3);
    connect(m_restore, &QPushButton::clicked, this, &ArtefactEditor::restoreSelected);
    connect(m_versions, &QListWidget::currentRowChanged, this, [this](int row) {
        // Picking a version compares it with the one before, unless another comparison was chosen.
        m_compare->blockSignals(true);
        m_compare->setCurrentIndex(row > 0 ? row - 1 : -1);
        m_compare->blockSignals(false);
        showVersionDiff();
    });
    connect(m_compare, &QComboBox::currentIndexChanged, this, &ArtefactEditor::showVersionDiff);
    return tab;
}

QWidget* ArtefactEditor::createReviewsTab()
{
    auto* tab = new QWidget(this);
    m_reviews = new QTextBrowser(tab);
    m_reviews->setObjectName(QStringLiteral("reviewsBrowser"));
    m_reviews->setOpenLinks(false);
    m_review = new QPushButton(tr("Write a Review…"), tab);
    m_review->setObjectName(QStringLiteral("reviewButton"));
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(m_reviews, 1);
    layout->addWidget(m_review, 0, Qt::AlignRight);
    connect(m_review, &QPushButton::clicked, this, &ArtefactEditor::writeReview);
    return tab;
}

void ArtefactEditor::setArtefact(Workspace* workspace, qint64 artefactId)
{
    m_workspace = workspace;
    m_artefactId = artefactId;
    reload();
}

void ArtefactEditor::reload()
{
    const bool any = m_workspace && m_artefactId > 0;
    setEnabled(any);
    m_error->clear();
    m_versions->clear();
    m_versionList.clear();
    m_compare->clear();
    m_diff->clear();
    if (!any) {
        m_shown = Artefact();
        m_title->clear();
        m_tags->clear();
        m_status->clear();
        m_body->setMarkdown(QString());
        m_authors->setPeople(nullptr, 0, {});
        m_reviews->clear();
        return;
    }
    auto found = ArtefactRepository(m_workspace->database()).find(m_artefactId);
    if (!found || !found->has_value()) {
        m_error->setText(found ? tr("The artefact no longer exists.") : found.errorString());
        return;
    }
    showArtefact(**found);
    showVersions();
    showReviews();
}

QString ArtefactEditor::originText(const Artefact& a) const
{
    const ArtefactOrigin& o = a.origin;
    if (o.kind == QLatin1String("session")) {
        auto session = SessionRepository(m_workspace->database()).find(o.sessionId);
        return tr("from the session '%1'").arg(session && session->has_value() ? (*session)->title : QString());
    }
    if (o.kind == QLatin1String("hot-seat"))
        return tr("from hot seat %1").arg(o.seatId);
    if (o.kind == QLatin1String("incident"))
        return tr("from incident %1").arg(o.link);
    return {};
}

void ArtefactEditor::showArtefact(const Artefact& a)
{
    m_shown = a;
    m_title->setText(a.title);
    m_kind->setCurrentIndex(m_kind->findData(a.kind));
    m_statusChoice->setCurrentIndex(m_statusChoice->findData(a.status));
    m_tags->setText(a.tags.join(QLatin1Char(' ')));
    const QString origin = originText(a);
    m_status->setText(tr("Version %1, last saved %2")
                          .arg(a.versionCount)
                          .arg(QLocale().toString(a.updatedAt.toLocalTime(), QLocale::ShortFormat))
                      + (origin.isEmpty() ? QString() : QStringLiteral(" · ") + origin));
    m_authors->setPeople(m_workspace, a.communityId, a.authorIds);
    m_body->setMarkdown(a.body);
}

void ArtefactEditor::showVersions()
{
    auto versions = ArtefactRepository(m_workspace->database()).versions(m_artefactId);
    if (!versions)
        m_error->setText(versions.errorString());
    m_versionList = versions ? *versions : QList<ArtefactVersion>();
    m_compare->blockSignals(true);
    for (const ArtefactVersion& v : std::as_const(m_versionList)) {
        const QString when = QLocale().toString(v.savedAt.toLocalTime(), QStringLiteral("d MMM yyyy, HH:mm"));
        m_versions->addItem(tr("Version %1 - %2 %3").arg(v.number).arg(when, v.note).trimmed());
        m_compare->addItem(tr("version %1 (%2)").arg(v.number).arg(when), v.number);
    }
    m_compare->blockSignals(false);
    m_versions->setCurrentRow(int(m_versionList.size()) - 1);
}

void ArtefactEditor::showVersionDiff()
{
    m_diff->clear();
    const int row = m_versions->currentRow();
    m_restore->setEnabled(row >= 0 && row + 1 < m_versionList.size());
    if (row < 0 || row >= m_versionList.size())
        return;
    const int other = m_compare->currentIndex();
    const ArtefactVersion& shown = m_versionList.at(row);
    const ArtefactVersion* base = other >= 0 && other < m_versionList.size() ? &m_versionList.at(other) : nullptr;
    if (base && base->number == shown.number) {
        m_diff->setPlainText(tr("(the same version)"));
        return;
    }
    // Older first, whichever way round the two were picked.
    const bool baseIsOlder = !base || base->number < shown.number;
    const QString older = base ? (baseIsOlder ? base->body : shown.body) : QString();
    const QString newer = base && !baseIsOlder ? base->body : shown.body;
    m_diff->setPlainText(TextDiff::unified(TextDiff::lines(older, newer)));
}

void ArtefactEditor::showReviews()
{
    auto reviews = ReviewRepository(m_workspace->database()).forArtefact(m_artefactId);
    QStringList lines;
    for (const Review& r : reviews ? *reviews : QList<Review>()) {
        auto person = m_workspace->people().find(r.reviewerId);
        const QString name = person && person->has_value() ? (*person)->name : QString();
        lines << tr("%1, %2 (version %3): %4")
                     .arg(QLocale().toString(r.reviewedOn, QLocale::ShortFormat), name)
                     .arg(r.versionNo)
                     .arg(Review::verdictDisplayName(r.verdict));
        if (!r.summary.isEmpty())
            lines << QStringLiteral("    ") + r.summary;
        for (const ReviewComment& c : r.comments)
            lines << (c.verdict.isEmpty() ? QStringLiteral("    %1: %2").arg(c.criterion, c.comment)
                                          : QStringLiteral("    %1 (%2): %3")
                                                .arg(c.criterion, Review::verdictDisplayName(c.verdict), c.comment));
    }
    m_reviews->setPlainText(lines.isEmpty() ? tr("No reviews yet.") : lines.join(QLatin1Char('\n')));
}

void ArtefactEditor::save()
{
    if (!m_workspace || m_artefactId <= 0)
        return;
    Artefact changed = m_shown;
    changed.title = m_title->text().trimmed();
    changed.kind = m_kind->currentData().toString();
    changed.status = m_statusChoice->currentData().toString();
    changed.tags = m_tags->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    changed.authorIds = m_authors->selected();
    changed.body = m_body->markdown();
    if (changed.title.isEmpty()) {
        m_error->setText(tr("An artefact needs a title."));
        return;
    }
    // A refusal keeps what was typed on screen, with the reason beside the button.
    if (Status s = m_workspace->perform(std::make_unique<EditArtefactCommand>(*m_workspace, m_shown, changed)); !s) {
        m_error->setText(s.errorString());
        return;
    }
    reload();
}

void ArtefactEditor::restoreSelected()
{
    const int row = m_versions->currentRow();
    if (!m_workspace || row < 0 || row >= m_versionList.size())
        return;
    const ArtefactVersion v = m_versionList.at(row);
    Status s = m_workspace->perform(std::make_unique<SaveArtefactCommand>(
        *m_workspace, m_artefactId, v.title, v.body, v.tags, tr("Restored version %1").arg(v.number)));
    if (!s) {
        m_error->setText(s.errorString());
        return;
    }
    reload();
}

void ArtefactEditor::writeReview()
{
    if (!m_workspace || m_artefactId <= 0)
        return;
    ReviewDialog dialog(*m_workspace, m_shown.communityId, m_artefactId, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

} // namespace steward
