// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArtefactEditor.h"

#include "repertoire/ArtefactRepository.h"
#include "repertoire/ReviewRepository.h"
#include "repertoire/SafeMarkdown.h"
#include "repertoire/TextDiff.h"
#include "workspace/SaveArtefactCommand.h"
#include "workspace/Workspace.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
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
    , m_tags(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_body(new QPlainTextEdit(this))
    , m_preview(new QTextBrowser(this))
    , m_versions(new QListWidget(this))
    , m_diff(new QPlainTextEdit(this))
    , m_reviews(new QTextBrowser(this))
    , m_save(new QPushButton(tr("Save version"), this))
    , m_restore(new QPushButton(tr("Restore this version"), this))
    , m_error(new QLabel(this))
{
    m_title->setObjectName(QStringLiteral("titleLineEdit"));
    m_tags->setObjectName(QStringLiteral("tagsLineEdit"));
    m_tags->setPlaceholderText(tr("Tags of the community, separated by spaces"));
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_body->setObjectName(QStringLiteral("bodyTextEdit"));
    m_preview->setObjectName(QStringLiteral("previewBrowser"));
    // Nothing in an artefact is ever opened or fetched: links stay text to copy.
    m_preview->setOpenLinks(false);
    m_preview->setOpenExternalLinks(false);
    m_versions->setObjectName(QStringLiteral("versionsListWidget"));
    m_diff->setObjectName(QStringLiteral("diffTextEdit"));
    m_diff->setReadOnly(true);
    m_reviews->setObjectName(QStringLiteral("reviewsBrowser"));
    m_reviews->setOpenLinks(false);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b91c1c"));
    m_error->setTextFormat(Qt::PlainText);

    auto* form = new QFormLayout;
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Tags"), m_tags);
    form->addRow(tr("Status"), m_status);
    auto* text = new QSplitter(Qt::Horizontal, this);
    text->addWidget(m_body);
    text->addWidget(m_preview);
    auto* history = new QWidget(this);
    auto* historyLayout = new QVBoxLayout(history);
    historyLayout->addWidget(m_versions, 1);
    historyLayout->addWidget(m_restore);
    auto* tabs = new QTabWidget(this);
    tabs->addTab(history, tr("Versions"));
    tabs->addTab(m_diff, tr("Changes"));
    tabs->addTab(m_reviews, tr("Reviews"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(text, 3);
    layout->addWidget(m_error);
    layout->addWidget(m_save, 0, Qt::AlignRight);
    layout->addWidget(tabs, 2);

    connect(m_body, &QPlainTextEdit::textChanged, this, &ArtefactEditor::updatePreview);
    connect(m_save, &QPushButton::clicked, this, &ArtefactEditor::save);
    connect(m_restore, &QPushButton::clicked, this, &ArtefactEditor::restoreSelected);
    connect(m_versions, &QListWidget::currentRowChanged, this, &ArtefactEditor::showVersionDiff);
    setArtefact(nullptr, 0);
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
    if (!any) {
        m_title->clear();
        m_tags->clear();
        m_status->clear();
        m_body->clear();
        return;
    }
    ArtefactRepository repository(m_workspace->database());
    auto found = repository.find(m_artefactId);
    if (!found || !found->has_value()) {
        m_error->setText(found ? tr("The artefact no longer exists.") : found.errorString());
        return;
    }
    const Artefact& a = **found;
    m_title->setText(a.title);
    m_tags->setText(a.tags.join(QLatin1Char(' ')));
    m_status->setText(tr("%1 - %2, version %3")
                          .arg(Artefact::kindDisplayName(a.kind), Artefact::statusDisplayName(a.status))
                          .arg(a.versionCount));
    m_body->setPlainText(a.body);
    for (const ArtefactVersion& v : *repository.versions(m_artefactId))
        m_versions->addItem(
            tr("Version %1 - %2 %3")
                .arg(v.number)
                .arg(QLocale().toString(v.savedAt.toLocalTime(), QStringLiteral("d MMM yyyy, HH:mm")), v.note)
                .trimmed());
    m_versions->setCurrentRow(m_versions->count() - 1);
    showReviews();
}

void ArtefactEditor::updatePreview()
{
    SafeMarkdown::render(*m_preview->document(), m_body->toPlainText());
}

void ArtefactEditor::showVersionDiff()
{
    m_diff->clear();
    const int row = m_versions->currentRow();
    m_restore->setEnabled(row >= 0 && row + 1 < m_versions->count());
    if (!m_workspace || row < 0)
        return;
    const auto versions = *ArtefactRepository(m_workspace->database()).versions(m_artefactId);
    if (row >= versions.size())
        return;
    const QString before = row > 0 ? versions.at(row - 1).body : QString();
    m_diff->setPlainText(TextDiff::unified(TextDiff::lines(before, versions.at(row).body)));
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
        for (const ReviewComment& c : r.comments)
            lines << QStringLiteral("    %1: %2").arg(c.criterion, c.comment);
    }
    m_reviews->setPlainText(lines.isEmpty() ? tr("No reviews yet.") : lines.join(QLatin1Char('\n')));
}

void ArtefactEditor::save()
{
    if (!m_workspace)
        return;
    const QStringList tags = m_tags->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    auto known = ArtefactRepository(m_workspace->database()).find(m_artefactId);
    if (known && known->has_value()) {
        auto ids = ArtefactRepository(m_workspace->database()).tagIds((*known)->communityId, tags);
        if (!ids) {
            m_error->setText(ids.errorString());
            return;
        }
    }
    if (m_title->text().trimmed().isEmpty()) {
        m_error->setText(tr("An artefact needs a title."));
        return;
    }
    Status s = m_workspace->perform(std::make_unique<SaveArtefactCommand>(
        *m_workspace, m_artefactId, m_title->text(), m_body->toPlainText(), tags));
    if (!s)
        m_error->setText(s.errorString());
    reload();
}

void ArtefactEditor::restoreSelected()
{
    const int row = m_versions->currentRow();
    if (!m_workspace || row < 0)
        return;
    const auto versions = *ArtefactRepository(m_workspace->database()).versions(m_artefactId);
    const ArtefactVersion& v = versions.at(row);
    Status s = m_workspace->perform(std::make_unique<SaveArtefactCommand>(
        *m_workspace, m_artefactId, v.title, v.body, v.tags, tr("Restored version %1").arg(v.number)));
    if (!s)
        m_error->setText(s.errorString());
    reload();
}

} // namespace steward
