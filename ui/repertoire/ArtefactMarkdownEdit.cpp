// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArtefactMarkdownEdit.h"

#include "repertoire/SafeMarkdown.h"

#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QTextBrowser>

namespace steward {

ArtefactMarkdownEdit::ArtefactMarkdownEdit(QWidget* parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_text(new QPlainTextEdit(this))
    , m_preview(new QTextBrowser(this))
{
    m_text->setObjectName(QStringLiteral("bodyTextEdit"));
    m_text->setPlaceholderText(tr("Markdown: # headings, - lists, **bold**, [links](…)"));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setObjectName(QStringLiteral("previewBrowser"));
    // Nothing in an artefact is ever opened or fetched: links stay text to copy.
    m_preview->setOpenLinks(false);
    m_preview->setOpenExternalLinks(false);
    addWidget(m_text);
    addWidget(m_preview);
    connect(m_text, &QPlainTextEdit::textChanged, this, &ArtefactMarkdownEdit::updatePreview);
}

QString ArtefactMarkdownEdit::markdown() const
{
    return m_text->toPlainText();
}

void ArtefactMarkdownEdit::setMarkdown(const QString& markdown)
{
    m_text->setPlainText(markdown);
    updatePreview();
}

void ArtefactMarkdownEdit::updatePreview()
{
    SafeMarkdown::render(*m_preview->document(), m_text->toPlainText());
}

} // namespace steward
